import { useLocale, useTranslations } from 'next-intl';
import { SourceLinks } from '@/components/pairings/source-links';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import type { AgreementKind } from '@/lib/domain/vocabulary';
import type { PairingDetail } from '@/lib/pairings/queries';
import { LocalizedText } from '@/components/i18n/localized-text';

/**
 * Every agreement and milestone of a pairing, oldest first, as a timeline. Each cites
 * the sources that report it, numbered as in the page's source list.
 */
export function PairingAgreements({ agreements, sources }: { agreements: PairingDetail['agreements']; sources: PairingDetail['allSources'] }) {
  const t = useTranslations();
  const locale = useLocale();
  const numbers = new Map(sources.map((source, index) => [source.id, index + 1]));
  if (agreements.length === 0) return <p className="text-sm text-muted">{t('detail.noAgreements')}</p>;
  return (
    <ol className="relative space-y-5 border-l-2 border-line pl-5" data-testid="pairing-agreements">
      {agreements.map((agreement) => {
        const date = formatPartialDate(agreement.date, locale, agreement.dateApproximate);
        return (
          <li key={agreement.id} id={`agreement-${agreement.id}`} className="relative space-y-1 scroll-mt-20">
            <span aria-hidden className="absolute -left-[1.6rem] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-cn" />
            <div className="flex flex-wrap items-center gap-2 text-sm">
              {date ? <time dateTime={agreement.date ?? undefined} className="font-medium tabular-nums">{date}</time> : <span className="text-muted">{t('detail.noDate')}</span>}
              <span className="rounded bg-cn-soft px-1.5 py-0.5 text-xs">{t(`catalog.agreementKind.${agreement.kind as AgreementKind}`)}</span>
            </div>
            <LocalizedText value={agreement.i18n.title} as="h3" className="font-semibold leading-snug" />
            {agreement.venue ? <p className="text-xs text-muted">{t('search.venue')}: {agreement.venue}</p> : null}
            {agreement.signatories ? <p className="text-xs text-muted">{agreement.signatories}</p> : null}
            <LocalizedText value={agreement.i18n.summary} as="p" className="text-sm text-muted" />
            <div className="flex flex-wrap items-center gap-2" data-testid="agreement-sources">
              <SourceLinks sources={agreement.sources} numbers={numbers} />
              {agreement.sourcesUncertain ? <p className="text-xs text-muted">{t('reader.sourcesUncertain')}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
