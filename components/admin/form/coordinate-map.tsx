'use client';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

/** Leaflet touches `window`: load it in the browser only. */
const CoordinateMapLeaflet = dynamic(() => import('./coordinate-map-leaflet'), {
  ssr: false,
  loading: () => <div className="flex h-56 items-center justify-center rounded-md border border-line bg-cn-soft text-sm text-muted">…</div>,
});

export function CoordinateMap(props: { country: 'BY' | 'CN'; lat: number | null; lon: number | null; onPick: (lat: number, lon: number) => void }) {
  const t = useTranslations('admin.place');
  return (
    <div className="space-y-1">
      <CoordinateMapLeaflet {...props} label={t('mapLabel')} />
      <p className="text-xs text-muted">{t('mapHint')}</p>
    </div>
  );
}
