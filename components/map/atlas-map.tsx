'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { usePathname, useRouter } from '@/lib/i18n/navigation';
import type { MapData } from '@/lib/map/types';

function MapPlaceholder() {
  const t = useTranslations('map');
  return (
    <div className="flex h-full w-full animate-pulse items-center justify-center bg-[#eef3f8] text-sm text-muted" role="status">
      {t('loading')}
    </div>
  );
}

// Leaflet touches `window` on import: load it in the browser only.
const LeafletMap = dynamic(() => import('./leaflet-map'), { ssr: false, loading: MapPlaceholder });

type Props = { data: MapData; selectedPairing?: string; selectedPlace?: string };

/**
 * The client-only map in a box of fixed height, so the server-rendered page does not
 * shift when it arrives. Selecting an arc or a partner writes `pairing=`/`place=` into
 * the URL; the server renders the side panel for it.
 */
export function AtlasMap({ data, selectedPairing, selectedPlace }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [, startTransition] = useTransition();

  function onSelect(selection: { pairing?: string; place?: string }) {
    const params = new URLSearchParams(data.key);
    if (selection.pairing) params.set('pairing', selection.pairing);
    if (selection.place) params.set('place', selection.place);
    startTransition(() => router.push(`${pathname}?${params.toString()}`, { scroll: false }));
  }

  return (
    <div className="relative h-[24rem] overflow-hidden rounded-lg border border-line bg-[#eef3f8] sm:h-[32rem]">
      <LeafletMap data={data} selectedPairing={selectedPairing} selectedPlace={selectedPlace} onSelect={onSelect} />
    </div>
  );
}
