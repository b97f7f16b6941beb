import { UncertainMark } from '@/components/a11y/uncertain-mark';
import { useLocale, useTranslations } from 'next-intl';
import { PartnerName } from '@/components/pairings/partner-name';
import { StageBadge } from '@/components/pairings/stage-badge';
import { asPartnerName } from '@/components/search/agreement-card';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import type { CooperationField, PairingType } from '@/lib/domain/vocabulary';
import { Link } from '@/lib/i18n/navigation';
import type { PairingDetail } from '@/lib/pairings/queries';
import { LocalizedText } from '@/components/i18n/localized-text';

export function PairingHeader({ pairing, title }: { pairing: PairingDetail; title: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const date = formatPartialDate(pairing.established, locale, pairing.establishedApproximate);
  return (
    <header className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <StageBadge stage={pairing.stage} uncertain={pairing.stageUncertain} />
        <span>{t(`pairingType.${pairing.type as PairingType}`)}<UncertainMark show={pairing.typeUncertain} /></span>
        {date ? <span>{t('detail.established')}: <time dateTime={pairing.established ?? undefined} className="font-medium">{date}</time></span> : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {[pairing.by, pairing.cn].map((partner) => (
          <Link key={partner.slug} href={`/places/${partner.slug}`} className="rounded-lg border border-line bg-white p-3 text-ink no-underline hover:border-cn">
            <PartnerName partner={asPartnerName(partner)} />
          </Link>
        ))}
      </div>
      <LocalizedText value={pairing.i18n.summary} as="p" className="max-w-3xl text-muted" />
      {pairing.fields.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5 text-xs" aria-label={t('detail.fields')}>
          {pairing.fields.map((field) => (
            <li key={field}>
              <Link href={`/agreements?field=${field}`} className="rounded-full bg-cn-soft px-2 py-0.5 text-ink no-underline hover:ring-1 hover:ring-cn">
                {t(`catalog.field.${field as CooperationField}`)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
