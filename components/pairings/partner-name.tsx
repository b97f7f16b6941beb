import { useLocale, useTranslations } from 'next-intl';
import { localName, originalName, type PlaceNames } from '@/lib/i18n/place-names';

type Partner = PlaceNames & { level: string; region: PlaceNames | null };

/** A partner's name in the UI language, its original-language name, and where it is. */
export function PartnerName({ partner }: { partner: Partner }) {
  const locale = useLocale();
  const t = useTranslations('level');
  const original = originalName(partner, locale);
  const side = partner.country === 'BY' ? 'border-by' : 'border-cn';
  return (
    <div className={`border-l-2 pl-3 ${side}`}>
      <div className="font-medium leading-snug">
        {localName(partner, locale)}
        {original ? (
          <span className="ml-2 font-normal text-muted" lang={partner.country === 'CN' ? 'zh' : 'ru'}>
            {original}
          </span>
        ) : null}
      </div>
      <div className="text-xs text-muted">
        {t(partner.level as 'oblast')}
        {partner.region ? ` · ${localName(partner.region, locale)}` : null}
      </div>
    </div>
  );
}
