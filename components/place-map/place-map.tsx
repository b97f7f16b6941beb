'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

export type MapPoint = { lat: number; lon: number; label: string; side: 'BY' | 'CN' };
export type MapLine = { lat: number; lon: number }[];

// Leaflet touches `window` on import: load it in the browser only.
const PlaceMapLeaflet = dynamic(() => import('./place-map-leaflet'), {
  ssr: false,
  loading: () => <MapPlaceholder />,
});

function MapPlaceholder() {
  const t = useTranslations();
  return (
    <div className="flex h-64 w-full items-center justify-center rounded-lg border border-line bg-cn-soft/40 text-sm text-muted sm:h-72">
      {t('loading')}
    </div>
  );
}

/** A small, self-contained map of one place or one pairing (no tiles: country outlines only). */
export function PlaceMap({ points, lines = [], label }: { points: MapPoint[]; lines?: MapLine[]; label: string }) {
  return <PlaceMapLeaflet points={points} lines={lines} label={label} />;
}
