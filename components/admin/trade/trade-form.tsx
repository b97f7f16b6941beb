'use client';
import { useTranslations } from 'next-intl';
import { createTradeFigure } from '@/lib/actions/trade/create-trade-figure';
import { updateTradeFigure } from '@/lib/actions/trade/update-trade-figure';
import { CURRENCIES, TRADE_FLOWS, TRADE_PERIOD_KINDS, TRADE_SCOPES } from '@/lib/domain/vocabulary';
import type { tradeFormValues } from '@/lib/admin/form-values';
import { TRADE_SCALES, tradeFigureCreateSchema, tradeFigureUpdateSchema } from '@/lib/trade/schema';
import { EntityFormFrame } from '../form/entity-form-frame';
import { CheckboxField, FormSection, SelectField, TextAreaField, TextField } from '../form/fields';
import { SourcesEditor } from '../form/sources-editor';
import { useRecordForm, type FormInput } from '../form/use-record-form';

type PlaceChoice = { id: number; nameEn: string };

export function TradeFigureForm({ defaults, places }: { defaults: ReturnType<typeof tradeFormValues>; places: { by: PlaceChoice[]; cn: PlaceChoice[] } }) {
  const t = useTranslations('admin');
  const tv = useTranslations('admin.vocab');
  const tc = useTranslations('catalog');
  const tf = useTranslations('adminForms');
  const { fields, frame } = useRecordForm<FormInput<typeof tradeFigureCreateSchema, typeof tradeFigureUpdateSchema>>({
    defaults,
    createSchema: tradeFigureCreateSchema,
    updateSchema: tradeFigureUpdateSchema,
    create: createTradeFigure,
    update: updateTradeFigure,
    basePath: '/admin/trade',
    createLabel: t('trade.create'),
    testId: 'trade-form',
  });
  const wholeYear = (fields.periodKind.value ?? 'year') === 'year';
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))) }));
  return (
    <EntityFormFrame {...frame}>
      <FormSection title={t('trade.whoAndWhen')}>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField meta={fields.scope} label={t('trade.scope')} required options={TRADE_SCOPES.map((v) => ({ value: v, label: tc(`tradeScope.${v}`) }))} />
          <SelectField meta={fields.byPlaceId} label={t('trade.byPlace')} placeholder={t('trade.wholeBelarus')} options={places.by.map((p) => ({ value: String(p.id), label: p.nameEn }))} />
          <SelectField meta={fields.cnPlaceId} label={t('trade.cnPlace')} placeholder={t('trade.wholeChina')} options={places.cn.map((p) => ({ value: String(p.id), label: p.nameEn }))} />
        </div>
        <div className="grid gap-4 sm:grid-cols-4">
          <TextField meta={fields.year} label={t('trade.year')} required inputMode="numeric" />
          <SelectField meta={fields.periodKind} label={t('trade.periodKind')} required options={TRADE_PERIOD_KINDS.map((v) => ({ value: v, label: tv(`periodKind.${v}`) }))} />
          {wholeYear ? (
            // A whole year is January to December: nothing to choose, so nothing to require.
            <p className="self-end pb-2 text-sm text-muted sm:col-span-2" data-testid="whole-year-months">
              <input type="hidden" name={fields.monthFrom.name} value="1" />
              <input type="hidden" name={fields.monthTo.name} value="12" />
              {tf('wholeYearMonths')}
            </p>
          ) : (
            <>
              <SelectField meta={fields.monthFrom} label={t('trade.monthFrom')} required options={months} />
              <SelectField meta={fields.monthTo} label={t('trade.monthTo')} required options={months} />
            </>
          )}
        </div>
        <CheckboxField meta={fields.periodApproximate} label={t('trade.periodApproximate')} />
      </FormSection>
      <FormSection title={t('trade.value')}>
        <div className="grid gap-4 sm:grid-cols-4">
          <SelectField meta={fields.flow} label={t('trade.flow')} required options={TRADE_FLOWS.map((v) => ({ value: v, label: tc(`tradeFlow.${v}`) }))} />
          <TextField meta={fields.value} label={t('trade.amount')} required inputMode="decimal" />
          <SelectField meta={fields.currency} label={t('trade.currency')} required options={CURRENCIES.map((v) => ({ value: v, label: v }))} />
          <SelectField meta={fields.scale} label={t('trade.scale')} required options={TRADE_SCALES.map((v) => ({ value: String(v), label: tv(`scale.${v}`) }))} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={fields.growthPct} label={t('trade.growth')} inputMode="decimal" />
          <TextField meta={fields.reporter} label={t('trade.reporter')} hint={t('trade.reporterHint')} />
        </div>
        <CheckboxField meta={fields.approximate} label={t('trade.approximateValue')} />
        <TextAreaField meta={fields.notes} label={t('pairing.notes')} />
      </FormSection>
      <FormSection title={t('pairing.sources')} description={t('pairing.sourcesHelp')}>
        <SourcesEditor meta={fields.sources} />
      </FormSection>
    </EntityFormFrame>
  );
}
