import { UncertainMark } from '@/components/a11y/uncertain-mark';
import { ScrollRegion } from '@/components/layout/scroll-region';
import { useLocale, useTranslations } from 'next-intl';
import type { TradeFlow } from '@/lib/domain/vocabulary';
import { localName } from '@/lib/i18n/place-names';
import { partnerPlaceNames } from '@/lib/places/partner';
import type { TradeItem } from '@/lib/trade/queries';
import { periodLabel } from '@/lib/trade/series';
import { formatMoney } from '@/lib/trade/format-money';
import { linkableUrl } from '@/lib/sources/linkable-url';
import { numberFormat } from '@/lib/i18n/intl-cache';

/** Trade figures as a table; each value with its currency, period, reporter and a link to its source. */
export function TradeFigureTable({ figures, caption, showUnits = true }: { figures: TradeItem[]; caption?: string; showUnits?: boolean }) {
  const t = useTranslations('trade');
  const c = useTranslations('catalog');
  const a = useTranslations('a11y');
  const locale = useLocale();
  const number = numberFormat(locale, { maximumFractionDigits: 2 });
  const unitName = (unit: TradeItem['by'], country: 'BY' | 'CN') =>
    unit ? localName(partnerPlaceNames({ country, names: unit.names }), locale) : country === 'BY' ? t('belarus') : t('china');
  return (
    <ScrollRegion label={caption ?? a('scrollTable')} className="rounded-lg border border-line bg-white">
      <table className="w-full min-w-[40rem] text-left text-sm">
        {caption ? <caption className="px-3 py-2 text-left text-xs text-muted">{caption}</caption> : null}
        <thead className="border-b border-line bg-paper text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">{t('period')}</th>
            {showUnits ? <th scope="col" className="px-3 py-2">{t('belarus')} – {t('china')}</th> : null}
            <th scope="col" className="px-3 py-2">{t('flow')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('value')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('growth')}</th>
            <th scope="col" className="px-3 py-2">{t('reporter')}</th>
            <th scope="col" className="px-3 py-2">{t('source')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {figures.map((figure) => {
            const source = figure.sources.find((s) => linkableUrl(s.url)) ?? figure.sources[0];
            const href = linkableUrl(source?.url);
            return (
              <tr key={figure.id} data-testid="trade-row">
                <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium tabular-nums">
                  {periodLabel(figure, locale)}<UncertainMark show={figure.periodApproximate} />
                </th>
                {showUnits ? <td className="px-3 py-2">{unitName(figure.by, 'BY')} – {unitName(figure.cn, 'CN')}</td> : null}
                <td className="px-3 py-2">{c(`tradeFlow.${figure.flow as TradeFlow}`)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                  {figure.approximate ? '≈ ' : ''}{formatMoney(figure.value * figure.scale, figure.currency, locale)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{figure.growthPct === null ? '' : `${figure.growthPct > 0 ? '+' : ''}${number.format(figure.growthPct)}%`}</td>
                {/* Reporters are stored in English until content is translated (issue 11, content part). */}
                <td className="px-3 py-2 text-xs" lang="en">{figure.reporter}</td>
                <td className="px-3 py-2 text-xs">
                  {href ? (
                    <a href={href} rel="noopener noreferrer external" target="_blank" className="text-cn" title={source.title}>
                      {source.publisher ?? source.title}
                    </a>
                  ) : (
                    source?.title
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
