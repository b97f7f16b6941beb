import { useLocale, useTranslations } from 'next-intl';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import type { PlaceDetail } from '@/lib/places/queries';
import { numberFormat } from '@/lib/i18n/intl-cache';
import { LocalizedText } from '@/components/i18n/localized-text';

/** Population, area, sourced facts and every stored spelling of a place. */
export function PlaceFacts({ place }: { place: PlaceDetail }) {
  const t = useTranslations('detail');
  const locale = useLocale();
  const number = numberFormat(locale);
  return (
    <section aria-labelledby="facts-heading" className="space-y-3 rounded-lg border border-line bg-white p-4 text-sm">
      <h2 id="facts-heading" className="text-lg font-semibold">{t('facts')}</h2>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        {place.population ? (<><dt className="text-muted">{t('population')}</dt><dd className="tabular-nums">{number.format(place.population)}{place.populationYear ? ` (${place.populationYear})` : ''}</dd></>) : null}
        {place.areaKm2 ? (<><dt className="text-muted">{t('area')}</dt><dd className="tabular-nums">{number.format(place.areaKm2)} km²</dd></>) : null}
        {place.facts.map((fact) => (
          <div key={fact.key} className="contents">
            <LocalizedText value={fact.i18n.label} as="dt" className="text-muted" />
            <dd>
              {fact.value !== null ? `${number.format(fact.value)}${fact.unit ? ` ${fact.unit}` : ''}` : <LocalizedText value={fact.i18n.text} />}
              {fact.asOf ? <span className="text-muted"> ({formatPartialDate(fact.asOf, locale)})</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('spellings')}</h3>
        <ul className="mt-1 flex flex-wrap gap-1.5" data-testid="spellings">
          {place.spellings.map((spelling) => (
            <li key={`${spelling.lang}:${spelling.name}`} lang={spelling.lang} title={`${spelling.lang} · ${spelling.kind}`} className="rounded bg-paper px-1.5 py-0.5 ring-1 ring-line">
              {spelling.name}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
