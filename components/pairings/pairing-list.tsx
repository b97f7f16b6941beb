import { UncertainMark } from '@/components/a11y/uncertain-mark';
import { useLocale, useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { localName } from '@/lib/i18n/place-names';
import { Link } from '@/lib/i18n/navigation';
import type { PairingListItem } from '@/lib/pairings/queries';
import { PartnerName } from './partner-name';
import { SourceLinks } from './source-links';
import { StageBadge } from './stage-badge';

type Props = {
  pairings: PairingListItem[];
  /** Where a pairing's "details" link goes (the map's side panel); no link when absent. */
  detailsHref?: (slug: string) => ComponentProps<typeof Link>['href'];
  selected?: string;
};

export function PairingList({ pairings, detailsHref, selected }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white" data-testid="pairing-list">
      {pairings.map((pairing) => {
        const date = formatPartialDate(pairing.establishedDate, locale, pairing.establishedApproximate);
        return (
          <li
            key={pairing.id}
            id={`pairing-${pairing.slug}`}
            data-testid="pairing"
            aria-current={selected === pairing.slug ? 'true' : undefined}
            className={`grid gap-3 px-4 py-3 sm:grid-cols-[1fr_1fr_13rem] sm:items-center ${selected === pairing.slug ? 'bg-cn-soft' : ''}`}
          >
            <PartnerName partner={pairing.byPlace} />
            <PartnerName partner={pairing.cnPlace} />
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 sm:flex-col sm:items-end">
              <div className="flex items-center gap-2">
                <StageBadge stage={pairing.stage} uncertain={pairing.stageUncertain} />
                <span className="text-xs text-muted">
                  {t(`pairingType.${pairing.type}` as 'pairingType.sister_city')}
                  <UncertainMark show={pairing.typeUncertain} />
                </span>
              </div>
              <div className="text-sm tabular-nums">
                <Link href={`/pairings/${pairing.slug}`} className="text-ink hover:text-cn">
                  {date ? (
                    <time dateTime={pairing.establishedDate ?? undefined}>{date}</time>
                  ) : (
                    <span className="text-muted">{t('pairing.noDate')}</span>
                  )}
                </Link>
              </div>
              <SourceLinks sources={pairing.sources} />
              {detailsHref ? (
                <Link
                  href={detailsHref(pairing.slug)}
                  scroll={false}
                  aria-label={`${t('map.showDetails')}: ${localName(pairing.byPlace, locale)} – ${localName(pairing.cnPlace, locale)}`}
                  className="text-xs font-medium text-cn hover:underline"
                >
                  {t('map.showDetails')}
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
