'use client';
import { useTranslations } from 'next-intl';
import { createTradeFigure } from '@/lib/actions/trade/create-trade-figure';
import { updateTradeFigure } from '@/lib/actions/trade/update-trade-figure';
import { CURRENCIES, TRADE_FLOWS, TRADE_PERIOD_KINDS, TRADE_SCOPES } from '@/lib/domain/vocabulary';
import { TRADE_SCALES, tradeFigureCreateSchema, tradeFigureUpdateSchema } from '@/lib/trade/schema';
import { EntityFormFrame } from '../form/entity-form-frame';
import { CheckboxField, FormSection, SelectField, TextAreaField, TextField } from '../form/fields';
import { SourcesEditor } from '../form/sources-editor';
import { useRecordForm } from '../form/use-record-form';

type PlaceChoice = { id: number; nameEn: string };

export function TradeFigureForm({ initial, places }: { initial: Record<string, unknown>; places: { by: PlaceChoice[]; cn: PlaceChoice[] } }) {
  const t = useTranslations('admin');
  const tv = useTranslations('admin.vocab');
  const tc = useTranslations('catalog');
  const { form, frame } = useRecordForm({
    initial,
    createSchema: tradeFigureCreateSchema,
    updateSchema: tradeFigureUpdateSchema,
    create: createTradeFigure,
    update: updateTradeFigure,
    basePath: '/admin/trade',
    createLabel: t('trade.create'),
    testId: 'trade-form',
  });
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))) }));
  return (
    <EntityFormFrame {...frame}>
      <FormSection title={t('trade.whoAndWhen')}>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField form={form} name="scope" label={t('trade.scope')} required options={TRADE_SCOPES.map((v) => ({ value: v, label: tc(`tradeScope.${v}`) }))} />
          <SelectField form={form} name="byPlaceId" label={t('trade.byPlace')} placeholder={t('trade.wholeBelarus')} options={places.by.map((p) => ({ value: String(p.id), label: p.nameEn }))} />
          <SelectField form={form} name="cnPlaceId" label={t('trade.cnPlace')} placeholder={t('trade.wholeChina')} options={places.cn.map((p) => ({ value: String(p.id), label: p.nameEn }))} />
        </div>
        <div className="grid gap-4 sm:grid-cols-4">
          <TextField form={form} name="year" label={t('trade.year')} inputMode="numeric" />
          <SelectField form={form} name="periodKind" label={t('trade.periodKind')} required options={TRADE_PERIOD_KINDS.map((v) => ({ value: v, label: tv(`periodKind.${v}`) }))} />
          <SelectField form={form} name="monthFrom" label={t('trade.monthFrom')} required options={months} />
          <SelectField form={form} name="monthTo" label={t('trade.monthTo')} required options={months} />
        </div>
        <CheckboxField form={form} name="periodApproximate" label={t('trade.periodApproximate')} />
      </FormSection>
      <FormSection title={t('trade.value')}>
        <div className="grid gap-4 sm:grid-cols-4">
          <SelectField form={form} name="flow" label={t('trade.flow')} required options={TRADE_FLOWS.map((v) => ({ value: v, label: tc(`tradeFlow.${v}`) }))} />
          <TextField form={form} name="value" label={t('trade.amount')} required inputMode="decimal" />
          <SelectField form={form} name="currency" label={t('trade.currency')} required options={CURRENCIES.map((v) => ({ value: v, label: v }))} />
          <SelectField form={form} name="scale" label={t('trade.scale')} required options={TRADE_SCALES.map((v) => ({ value: String(v), label: tv(`scale.${v}`) }))} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="growthPct" label={t('trade.growth')} inputMode="decimal" />
          <TextField form={form} name="reporter" label={t('trade.reporter')} hint={t('trade.reporterHint')} />
        </div>
        <CheckboxField form={form} name="approximate" label={t('trade.approximateValue')} />
        <TextAreaField form={form} name="notes" label={t('pairing.notes')} />
      </FormSection>
      <FormSection title={t('pairing.sources')} description={t('pairing.sourcesHelp')}>
        <SourcesEditor form={form} />
      </FormSection>
    </EntityFormFrame>
  );
}
