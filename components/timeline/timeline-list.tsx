import { useLocale, useTranslations } from 'next-intl';
import { SourceLinks } from '@/components/pairings/source-links';
import { StageBadge } from '@/components/pairings/stage-badge';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import type { AtlasFilters } from '@/lib/filters/schema';
import { localName } from '@/lib/i18n/place-names';
import { Link } from '@/lib/i18n/navigation';
import { mapQuery } from '@/lib/map/links';
import type { TimelineAgreement } from '@/lib/timeline/queries';
import { LocalizedText } from '@/components/i18n/localized-text';

/** Agreements grouped by year (undated ones last), each with its partners and sources. */
export function TimelineList({ agreements, filters }: { agreements: TimelineAgreement[]; filters: AtlasFilters }) {
  const t = useTranslations();
  const locale = useLocale();
  const groups: { year: number | null; items: TimelineAgreement[] }[] = [];
  for (const agreement of agreements) {
    const last = groups.at(-1);
    if (last && last.year === agreement.dateYear) last.items.push(agreement);
    else groups.push({ year: agreement.dateYear, items: [agreement] });
  }
  return (
    <div className="space-y-8" data-testid="timeline">
      {groups.map((group) => {
        const id = `year-${group.year ?? 'undated'}`;
        return (
          <section key={id} aria-labelledby={id} data-testid="timeline-year" data-year={group.year ?? 'undated'}>
            <h2 id={id} className="sticky top-0 z-10 -mx-1 mb-2 flex items-baseline gap-3 border-b border-line bg-paper px-1 py-1">
              <span className="text-xl font-semibold tabular-nums">{group.year ?? t('timeline.undated')}</span>
              <span className="text-sm text-muted">{t('timeline.yearCount', { count: group.items.length })}</span>
            </h2>
            <ol className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white">
              {group.items.map((agreement) => {
                const date = formatPartialDate(agreement.date, locale, agreement.dateApproximate);
                const { pairing } = agreement;
                return (
                  <li key={agreement.id} className="grid gap-x-4 gap-y-1 px-4 py-3 sm:grid-cols-[7.5rem_1fr_auto]" data-testid="timeline-item">
                    <div className="text-sm font-medium tabular-nums">
                      {date ? <time dateTime={agreement.date ?? undefined}>{date}</time> : <span className="text-muted">{t('pairing.noDate')}</span>}
                    </div>
                    <div className="min-w-0">
                      <div className="text-xs text-muted">{t(`agreementKind.${agreement.kind}` as 'agreementKind.letter')}</div>
                      <LocalizedText value={agreement.i18n.title} as="div" className="font-medium leading-snug" />
                      <Link
                        href={{ pathname: '/', query: mapQuery(filters, { pairing: pairing.slug }) }}
                        className="text-sm text-cn hover:underline"
                      >
                        <span className="text-by">{localName(pairing.byPlace, locale)}</span>
                        {' – '}
                        <span>{localName(pairing.cnPlace, locale)}</span>
                      </Link>
                      {agreement.venue ? <div className="text-xs text-muted">{agreement.venue}</div> : null}
                    </div>
                    <div className="flex flex-wrap items-start gap-2 sm:flex-col sm:items-end">
                      {/* The badge is the pairing's stage today, not this document's: a 1994 letter of intent of a pairing established since. */}
                      <span className="flex items-center gap-1.5 text-xs text-muted" data-testid="pairing-stage-now">
                        {t('reader.pairingStageNow')}
                        <StageBadge stage={pairing.stage} />
                      </span>
                      <SourceLinks sources={agreement.sources} />
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
