import { useTranslations } from 'next-intl';
import { ARC_STYLES, BY_COLOR, CN_COLOR, STAGE_ORDER } from '@/lib/map/styles';

/** What the lines and markers mean; drawn from the same style table as the canvas. */
export function MapLegend({ stageCounts }: { stageCounts: Record<string, number> }) {
  const t = useTranslations();
  return (
    <div className="flex flex-wrap items-start gap-x-8 gap-y-3 text-xs" data-testid="map-legend">
      <div>
        <h2 className="mb-1.5 font-medium text-muted">{t('map.legendStages')}</h2>
        <ul className="grid grid-cols-2 gap-x-5 gap-y-1 sm:flex sm:flex-wrap">
          {STAGE_ORDER.map((stage) => {
            const style = ARC_STYLES[stage];
            return (
              <li key={stage} className="flex items-center gap-2">
                <svg width="28" height="8" aria-hidden className="shrink-0">
                  <line x1="2" y1="4" x2="26" y2="4" stroke={style.color} strokeWidth="2.5" strokeLinecap="round" strokeDasharray={style.dashArray} />
                </svg>
                <span>
                  {t(`stage.${stage}`)} <span className="tabular-nums text-muted">({stageCounts[stage] ?? 0})</span>
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <div>
        <h2 className="mb-1.5 font-medium text-muted">{t('map.legendPartners')}</h2>
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          <li className="flex items-center gap-2">
            <svg width="34" height="16" aria-hidden>
              <circle cx="8" cy="8" r="6" fill="#fff" stroke={BY_COLOR} strokeWidth="3" />
              <circle cx="25" cy="8" r="6" fill="#fff" stroke={CN_COLOR} strokeWidth="3" />
            </svg>
            {t('map.legendRegion')}
          </li>
          <li className="flex items-center gap-2">
            <svg width="28" height="16" aria-hidden>
              <circle cx="7" cy="8" r="5" fill={BY_COLOR} stroke="#fff" strokeWidth="1.5" />
              <circle cx="21" cy="8" r="5" fill={CN_COLOR} stroke="#fff" strokeWidth="1.5" />
            </svg>
            {t('map.legendLocality')}
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden className="flex h-5 w-5 items-center justify-center rounded-full border-2 border-white bg-gray-900/80 text-[10px] font-semibold text-white shadow">
              3
            </span>
            {t('map.legendCluster')}
          </li>
        </ul>
      </div>
    </div>
  );
}
