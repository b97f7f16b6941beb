import { describe, expect, it } from 'vitest';
import type { TradeItem } from '@/lib/trade/queries';
import { groupTradeByScope } from '@/lib/trade/scope-groups';

const unit = (slug: string) => ({ slug, names: { en: slug, ru: null, be: null, zh: null } });
const figure = (id: number, by: string | null, cn: string | null) => ({ id, by: by ? unit(by) : null, cn: cn ? unit(cn) : null }) as unknown as TradeItem;

describe('groupTradeByScope (issue 12, item 8)', () => {
  it("separates a parent region's trade from the pairing's own, own first", () => {
    const groups = groupTradeByScope(
      [figure(1, 'minsk-oblast', null), figure(2, 'slutsk-district', 'wuwei'), figure(3, 'minsk-oblast', null), figure(4, 'minsk-oblast', 'gansu')],
      { by: 'slutsk-district', cn: 'wuwei' },
    );
    expect(groups.map((g) => [g.by?.slug ?? null, g.cn?.slug ?? null, g.specific, g.figures.map((f) => f.id)])).toEqual([
      ['slutsk-district', 'wuwei', true, [2]],
      ['minsk-oblast', null, false, [1, 3]],
      ['minsk-oblast', 'gansu', false, [4]],
    ]);
  });
});
