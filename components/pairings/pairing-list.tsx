import { useLocale, useTranslations } from 'next-intl';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { Link } from '@/lib/i18n/navigation';
import type { PairingListItem } from '@/lib/pairings/queries';
import { PartnerName } from './partner-name';
import { SourceLinks } from './source-links';
import { StageBadge } from './stage-badge';

export function PairingList({ pairings }: { pairings: PairingListItem[] }) {
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
            className="grid gap-3 px-4 py-3 sm:grid-cols-[1fr_1fr_13rem] sm:items-center"
          >
            <PartnerName partner={pairing.byPlace} />
            <PartnerName partner={pairing.cnPlace} />
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 sm:flex-col sm:items-end">
              <div className="flex items-center gap-2">
                <StageBadge stage={pairing.stage} uncertain={pairing.stageUncertain} />
                <span className="text-xs text-muted">
                  {t(`pairingType.${pairing.type}` as 'pairingType.sister_city')}
                  {pairing.typeUncertain ? '?' : ''}
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
            </div>
          </li>
        );
      })}
    </ul>
  );
}
