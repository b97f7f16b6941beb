/**
 * Trade values as readers of each language write them: "USD 5.9 bn", "5,9 млрд долл. США",
 * "5,9 млрд дол. ЗША", "59亿美元". Intl's compact currency gives "USD 5.9B" and
 * "5,9 млрд доллара США", neither of which the sources or the press use.
 */
const UNITS: Record<string, { billion: string; million: string }> = {
  en: { billion: 'bn', million: 'm' },
  ru: { billion: 'млрд', million: 'млн' },
  be: { billion: 'млрд', million: 'млн' },
};

const CURRENCY: Record<string, Record<string, string>> = {
  ru: { USD: 'долл. США', CNY: 'юаней' },
  be: { USD: 'дол. ЗША', CNY: 'юаняў' },
  zh: { USD: '美元', CNY: '元人民币' },
};

// One Intl formatter per locale and style: building them per call is the slow part.
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${compact}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'zh' ? 'zh-Hans' : locale, compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 1 });
    cache.set(key, f);
  }
  return f;
}

/** A plain number in the page's language ("1,234.5", "1 234,5"), for chart axes. */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale, false).format(value);
}

/** `amount` in units of `currency` (not millions), shortened to millions or billions. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  if (locale === 'zh') return `${numberFormat('zh', true).format(amount)}${CURRENCY.zh[currency] ?? currency}`;
  const units = UNITS[locale] ?? UNITS.en;
  const big = Math.abs(amount) >= 1e9;
  const number = numberFormat(locale, false).format(amount / (big ? 1e9 : 1e6));
  const scaled = `${number} ${big ? units.billion : units.million}`;
  const name = CURRENCY[locale]?.[currency];
  return name ? `${scaled} ${name}` : `${currency} ${scaled}`;
}
