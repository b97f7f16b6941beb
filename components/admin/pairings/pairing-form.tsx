'use client';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { AGREEMENT_KINDS, COOPERATION_FIELDS, PAIRING_STAGES, PAIRING_TYPES } from '@/lib/domain/vocabulary';
import { pairingCreateSchema, pairingUpdateSchema } from '@/lib/pairings/schema';
import { createPairing } from '@/lib/actions/pairings/create-pairing';
import { updatePairing } from '@/lib/actions/pairings/update-pairing';
import type { PlaceParents } from '@/lib/places/admin-queries';
import { CheckboxField, CheckboxGroup, FormSection, SelectField, TextAreaField, TextField } from '../form/fields';
import { EntityFormFrame } from '../form/entity-form-frame';
import { PartialDateField } from '../form/partial-date-field';
import { emptyAgreement, type PairingFormValues } from '../form/initial-values';
import { SourcesEditor } from '../form/sources-editor';
import { useRecordForm } from '../form/use-record-form';
import { PartnerPicker } from './partner-picker';

/**
 * The new-pairing flow (partners, type and stage, first agreement, sources) and the
 * edit form of an existing pairing (partners fixed; agreements edited on their own).
 */
export function PairingForm({
  initial,
  parents,
  partners,
}: {
  initial: PairingFormValues;
  parents: PlaceParents;
  /** Edit mode: the fixed partners' names. */
  partners?: { by: string; cn: string };
}) {
  const t = useTranslations('admin.pairing');
  const tStage = useTranslations('stage');
  const tType = useTranslations('pairingType');
  const tKind = useTranslations('agreementKind');
  const tField = useTranslations('cooperationField');
  const { form, frame, editing } = useRecordForm({
    initial,
    createSchema: pairingCreateSchema,
    updateSchema: pairingUpdateSchema,
    create: createPairing,
    update: updatePairing,
    basePath: '/admin/pairings',
    createLabel: t('create'),
    testId: 'pairing-form',
  });
  const agreementOn = form.values.agreement !== null;

  return (
    <EntityFormFrame {...frame}>
      <FormSection title={t('partners')} description={editing ? t('partnersFixed') : t('partnersHelp')}>
        {editing && partners ? (
          <p className="text-lg font-semibold">
            <span className="text-by">{partners.by}</span> – <span className="text-cn">{partners.cn}</span>
          </p>
        ) : (
          <div
            className={`grid gap-4 ${
              (form.values.by as { mode: string }).mode === 'new' || (form.values.cn as { mode: string }).mode === 'new' ? '' : 'lg:grid-cols-2'
            }`}
          >
            <PartnerPicker form={form} side="by" parents={parents} />
            <PartnerPicker form={form} side="cn" parents={parents} />
          </div>
        )}
      </FormSection>

      <FormSection title={t('relationship')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <SelectField form={form} name="type" label={t('type')} required options={PAIRING_TYPES.map((v) => ({ value: v, label: tType(v) }))} />
            <CheckboxField form={form} name="typeUncertain" label={t('uncertain')} />
          </div>
          <div className="space-y-1">
            <SelectField
              form={form}
              name="stage"
              label={t('stage')}
              required
              placeholder={t('chooseStage')}
              options={PAIRING_STAGES.map((v) => ({ value: v, label: tStage(v) }))}
            />
            <CheckboxField form={form} name="stageUncertain" label={t('uncertain')} />
          </div>
        </div>
        <div className="space-y-1">
          <PartialDateField form={form} name="established" label={t('established')} hint={t('establishedHint')} />
          <CheckboxField form={form} name="establishedApproximate" label={t('approximate')} />
        </div>
        <CheckboxGroup form={form} name="fields" legend={t('fields')} options={COOPERATION_FIELDS.map((v) => ({ value: v, label: tField(v) }))} />
        <TextAreaField form={form} name="summary" label={t('summary')} />
        <TextAreaField form={form} name="notes" label={t('notes')} hint={t('notesHint')} />
      </FormSection>

      {!editing && (
        <FormSection title={t('firstAgreement')} description={t('firstAgreementHelp')}>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-4 w-4 accent-cn"
              checked={agreementOn}
              onChange={(event) => form.set('agreement', event.target.checked ? emptyAgreement() : null)}
            />
            {t('addFirstAgreement')}
          </label>
          {agreementOn && (
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                form={form}
                name="agreement.kind"
                label={t('agreementKind')}
                required
                placeholder={t('chooseKind')}
                options={AGREEMENT_KINDS.map((v) => ({ value: v, label: tKind(v) }))}
              />
              <TextField form={form} name="agreement.title" label={t('agreementTitle')} required placeholder={t('agreementTitlePlaceholder')} />
              <div className="sm:col-span-2">
                <PartialDateField form={form} name="agreement.date" label={t('agreementDate')} />
              </div>
              <TextField form={form} name="agreement.venue" label={t('venue')} />
              <TextField form={form} name="agreement.signatories" label={t('signatories')} />
              <TextAreaField form={form} name="agreement.summary" label={t('agreementSummary')} className="sm:col-span-2" />
            </div>
          )}
        </FormSection>
      )}

      {editing && (
        <FormSection title={t('agreements')}>
          <Link href={`/admin/agreements/new?pairing=${initial.id}`} className="text-sm font-medium text-cn underline">
            {t('addAgreement')}
          </Link>
        </FormSection>
      )}

      <FormSection title={t('sources')} description={t('sourcesHelp')}>
        <SourcesEditor form={form} />
      </FormSection>

    </EntityFormFrame>
  );
}
