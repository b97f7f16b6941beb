import { useLocale, useTranslations } from 'next-intl';
import { PartnerName } from '@/components/pairings/partner-name';
import { StageBadge } from '@/components/pairings/stage-badge';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import type { AtlasFilters } from '@/lib/filters/schema';
import { localName } from '@/lib/i18n/place-names';
import { Link } from '@/lib/i18n/navigation';
import { mapQuery } from '@/lib/map/links';
import type { PlacePanelData } from '@/lib/map/queries';
import { PanelFocus } from './panel-focus';
import { PanelHeader } from './panel-header';

/** The side panel for a partner: its pairings under the current filters, each opening its own panel. */
export function PlacePanel({ data, filters }: { data: PlacePanelData; filters: AtlasFilters }) {
  const t = useTranslations();
  const locale = useLocale();
  const { place, pairings } = data;
  return (
    <PanelFocus id={place.slug} label={t('map.panelPlace')} closeQuery={mapQuery(filters)}>
      <PanelHeader eyebrow={t('map.panelPlace')} closeQuery={mapQuery(filters)} />
      <PartnerName partner={place} />
      <h3 className="mt-5 text-xs font-semibold uppercase tracking-wide text-muted">
        {t('map.placePairings', { count: pairings.length })}
      </h3>
      <ul className="mt-2 divide-y divide-line rounded-md border border-line">
        {pairings.map((pairing) => {
          const partner = place.country === 'BY' ? pairing.cnPlace : pairing.byPlace;
          const date = formatPartialDate(pairing.establishedDate, locale, pairing.establishedApproximate);
          return (
            <li key={pairing.slug}>
              <Link
                href={{ pathname: '/', query: mapQuery(filters, { pairing: pairing.slug }) }}
                scroll={false}
                className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2 text-sm hover:bg-paper"
              >
                <span className="min-w-0 break-words font-medium">{localName(partner, locale)}</span>
                {/* Wraps under the name on a narrow screen (320 px, WCAG 1.4.10) rather than overflowing. */}
                <span className="ml-auto flex items-center gap-2 text-xs text-muted">
                  {date ? <time dateTime={pairing.establishedDate ?? undefined}>{date}</time> : null}
                  <StageBadge stage={pairing.stage} uncertain={pairing.stageUncertain} />
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <Link href={`/places/${place.slug}`} className="mt-4 inline-block text-sm text-cn hover:underline">
        {t('map.openPlace')} →
      </Link>
    </PanelFocus>
  );
}
