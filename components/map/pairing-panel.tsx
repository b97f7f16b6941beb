import { UncertainMark } from '@/components/a11y/uncertain-mark';
import { useLocale, useTranslations } from 'next-intl';
import { PartnerName } from '@/components/pairings/partner-name';
import { SourceLinks } from '@/components/pairings/source-links';
import { StageBadge } from '@/components/pairings/stage-badge';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { Link } from '@/lib/i18n/navigation';
import { localName } from '@/lib/i18n/place-names';
import type { PairingPanelData } from '@/lib/map/queries';
import { linkableUrl } from '@/lib/sources/linkable-url';
import { PanelFocus } from './panel-focus';
import { PanelHeader } from './panel-header';
import { LocalizedText } from '@/components/i18n/localized-text';

/** The side panel for one pairing: partners, stage, milestones in date order, projects, sources. */
export function PairingPanel({ pairing, closeQuery }: { pairing: PairingPanelData; closeQuery: Record<string, string> }) {
  const t = useTranslations();
  const locale = useLocale();
  const established = formatPartialDate(pairing.establishedDate, locale, pairing.establishedApproximate);
  return (
    <PanelFocus id={pairing.slug} label={t('map.panelPairing')} closeQuery={closeQuery}>
      <PanelHeader eyebrow={t('map.panelPairing')} closeQuery={closeQuery} />
      <div className="space-y-2">
        <PartnerName partner={pairing.byPlace} />
        <PartnerName partner={pairing.cnPlace} />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <StageBadge stage={pairing.stage} uncertain={pairing.stageUncertain} />
        <span className="text-muted">
          {t(`pairingType.${pairing.type}` as 'pairingType.sister_city')}
          <UncertainMark show={pairing.typeUncertain} />
        </span>
        {established ? (
          <span className="text-muted">
            · <time dateTime={pairing.establishedDate ?? undefined}>{established}</time>
          </span>
        ) : null}
      </div>
      <LocalizedText value={pairing.i18n.summary} as="p" className="mt-3 text-sm leading-relaxed" />

      <h3 className="mt-5 text-xs font-semibold uppercase tracking-wide text-muted">
        {t('map.milestones', { count: pairing.agreements.length })}
      </h3>
      {pairing.agreements.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t('map.noMilestones')}</p>
      ) : (
        <ol className="mt-2 space-y-3 border-l-2 border-line pl-4" data-testid="milestones">
          {pairing.agreements.map((agreement) => {
            const date = formatPartialDate(agreement.date, locale, agreement.dateApproximate);
            return (
              <li key={agreement.id} className="relative" data-testid="milestone">
                <span aria-hidden className="absolute -left-[1.3rem] top-1.5 h-2 w-2 rounded-full bg-cn" />
                <div className="text-xs tabular-nums text-muted">
                  {date ? <time dateTime={agreement.date ?? undefined}>{date}</time> : t('pairing.noDate')}
                  {' · '}
                  {t(`agreementKind.${agreement.kind}` as 'agreementKind.letter')}
                </div>
                <LocalizedText value={agreement.i18n.title} as="div" className="text-sm font-medium leading-snug" />
                {agreement.venue ? <div className="text-xs text-muted">{agreement.venue}</div> : null}
                <div className="mt-1">
                  <SourceLinks sources={agreement.sources} />
                </div>
              </li>
            );
          })}
        </ol>
      )}

      {pairing.fields.length > 0 ? (
        <>
          <h3 className="mt-5 text-xs font-semibold uppercase tracking-wide text-muted">{t('map.fields')}</h3>
          <ul className="mt-1.5 flex flex-wrap gap-1.5">
            {pairing.fields.map(({ field }) => (
              <li key={field} className="rounded-full bg-paper px-2 py-0.5 text-xs ring-1 ring-line">
                {t(`cooperationField.${field}` as 'cooperationField.trade')}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {pairing.projects.length > 0 ? (
        <>
          <h3 className="mt-5 text-xs font-semibold uppercase tracking-wide text-muted">{t('map.projects')}</h3>
          <ul className="mt-1.5 space-y-1 text-sm">
            {pairing.projects.map((project) => (
              <li key={project.slug}>
                <Link href={`/projects/${project.slug}`} className="text-cn hover:underline">
                  {localName(project, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="mt-5 text-xs font-semibold uppercase tracking-wide text-muted">{t('pairing.sources')}</h3>
      <ol className="mt-1.5 list-decimal space-y-1 pl-5 text-xs" data-testid="panel-sources">
        {pairing.sources.map((source) => ({ ...source, href: linkableUrl(source.url) })).map((source) => (
          <li key={source.id}>
            {source.href ? (
              <a href={source.href} rel="noopener noreferrer external" target="_blank" className="text-cn hover:underline">
                {source.title}
              </a>
            ) : (
              <span>{source.title}</span>
            )}
            {source.publisher ? <span className="text-muted"> — {source.publisher}</span> : null}
          </li>
        ))}
      </ol>

      <Link
        href={`/pairings/${pairing.slug}`}
        className="mt-5 inline-flex items-center gap-1 rounded-md bg-cn px-3 py-2 text-sm font-medium text-white hover:bg-ink"
      >
        {t('map.openRecord')} <span aria-hidden>→</span>
      </Link>
      <p className="mt-3 text-xs">
        <Link href={{ pathname: '/suggest', query: { pairing: pairing.slug } }} prefetch={false}>
          {t('suggest.link')}
        </Link>
      </p>
    </PanelFocus>
  );
}
