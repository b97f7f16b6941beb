import type { TradeItem } from './queries';

type Unit = TradeItem['by'];

/**
 * A pairing's trade figures grouped by the units they measure, so a parent region's
 * trade (Minsk Oblast with China on the Slutsk District–Wuwei page) is labelled as what it
 * is instead of passing for the pairing's own. The pairing's own units come first.
 */
export type TradeScopeGroup = {
  by: Unit;
  cn: Unit;
  /** Both units are the pairing's partners. */
  specific: boolean;
  figures: TradeItem[];
};

export function groupTradeByScope(figures: TradeItem[], partners: { by: string; cn: string }): TradeScopeGroup[] {
  const groups = new Map<string, TradeScopeGroup>();
  for (const figure of figures) {
    const key = `${figure.by?.slug ?? ''}|${figure.cn?.slug ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { by: figure.by, cn: figure.cn, specific: figure.by?.slug === partners.by && figure.cn?.slug === partners.cn, figures: [] };
      groups.set(key, group);
    }
    group.figures.push(figure);
  }
  return [...groups.values()].sort((a, b) => Number(b.specific) - Number(a.specific));
}
