import { useLocale, useTranslations } from 'next-intl';
import { localName } from '@/lib/i18n/place-names';
import { partnerPlaceNames } from '@/lib/places/partner';
import type { TradeItem } from '@/lib/trade/queries';
import { groupTradeByScope } from '@/lib/trade/scope-groups';
import { TradeFigureTable } from './trade-figure-table';

/** A pairing's trade figures, one table per pair of units, each captioned with its scope. */
export function PairingTrade({ figures, by, cn }: { figures: TradeItem[]; by: string; cn: string }) {
  const t = useTranslations('reader.tradeScope');
  const trade = useTranslations('trade');
  const locale = useLocale();
  const name = (unit: TradeItem['by'], country: 'BY' | 'CN') =>
    unit ? localName(partnerPlaceNames({ country, names: unit.names }), locale) : country === 'BY' ? trade('belarus') : trade('china');
  return (
    <div className="space-y-4" data-testid="pairing-trade">
      {groupTradeByScope(figures, { by, cn }).map((group) => {
        const names = { by: name(group.by, 'BY'), cn: name(group.cn, 'CN') };
        return (
          <TradeFigureTable
            key={`${group.by?.slug}|${group.cn?.slug}`}
            figures={group.figures}
            showUnits={false}
            caption={group.specific ? t('own', names) : t('wider', names)}
          />
        );
      })}
    </div>
  );
}
