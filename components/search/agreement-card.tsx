import { useLocale, useTranslations } from 'next-intl';
import { PartnerName } from '@/components/pairings/partner-name';
import { SourceLinks } from '@/components/pairings/source-links';
import { StageBadge } from '@/components/pairings/stage-badge';
import type { AgreementItem } from '@/lib/agreements/queries';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import type { AgreementKind } from '@/lib/domain/vocabulary';
import { Link } from '@/lib/i18n/navigation';
import { LocalizedText } from '@/components/i18n/localized-text';
import { partnerPlaceNames, type Partner } from '@/lib/places/partner';

function asPartnerName(partner: Partner) {
  return {
    ...partnerPlaceNames(partner),
    level: partner.level,
    region: partner.region ? partnerPlaceNames({ country: partner.country, names: partner.region.names }) : null,
  };
}

export function AgreementCard({ agreement }: { agreement: AgreementItem }) {
  const t = useTranslations('search');
  const c = useTranslations('catalog');
  const locale = useLocale();
  const date = formatPartialDate(agreement.date, locale, agreement.dateApproximate);
  return (
    <li data-testid="agreement" className="space-y-2 px-4 py-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        {date ? (
          <time dateTime={agreement.date ?? undefined} className="font-medium tabular-nums">
            {date}
          </time>
        ) : (
          <span className="text-muted">{t('undated')}</span>
        )}
        <span className="rounded bg-cn-soft px-1.5 py-0.5 text-xs text-ink">{c(`agreementKind.${agreement.kind as AgreementKind}`)}</span>
        <StageBadge stage={agreement.pairing.stage} />
      </div>
      <h3 className="text-base font-semibold leading-snug">
        <Link href={`/pairings/${agreement.pairing.slug}#agreement-${agreement.id}`} className="text-ink hover:text-cn">
          <LocalizedText value={agreement.i18n.title} />
        </Link>
      </h3>
      <div className="grid gap-2 sm:grid-cols-2">
        <Link href={`/places/${agreement.pairing.by.slug}`} className="text-ink no-underline hover:opacity-80">
          <PartnerName partner={asPartnerName(agreement.pairing.by)} />
        </Link>
        <Link href={`/places/${agreement.pairing.cn.slug}`} className="text-ink no-underline hover:opacity-80">
          <PartnerName partner={asPartnerName(agreement.pairing.cn)} />
        </Link>
      </div>
      <LocalizedText value={agreement.i18n.summary} as="p" className="line-clamp-3 text-sm text-muted" />
      {agreement.venue ? (
        <p className="text-xs text-muted">
          <span className="font-medium">{t('venue')}:</span> {agreement.venue}
        </p>
      ) : null}
      <SourceLinks sources={agreement.sources} />
    </li>
  );
}

export { asPartnerName };
