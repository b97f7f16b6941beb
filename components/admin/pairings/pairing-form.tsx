'use client';
import { useFormMetadata } from '@conform-to/react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { AGREEMENT_KINDS, COOPERATION_FIELDS, PAIRING_STAGES, PAIRING_TYPES } from '@/lib/domain/vocabulary';
import { agreementFields, type pairingFormValues } from '@/lib/admin/form-values';
import { pairingCreateSchema, pairingUpdateSchema } from '@/lib/pairings/schema';
import { createPairing } from '@/lib/actions/pairings/create-pairing';
import { updatePairing } from '@/lib/actions/pairings/update-pairing';
import type { PlaceParents } from '@/lib/places/admin-queries';
import { CheckboxField, CheckboxGroup, FormSection, SelectField, TextAreaField, TextField, fieldset, type Field } from '../form/fields';
import { EntityFormFrame } from '../form/entity-form-frame';
import { PartialDateField } from '../form/partial-date-field';
import { SourcesEditor } from '../form/sources-editor';
import { useRecordForm, type FormInput } from '../form/use-record-form';
import { PartnerPicker } from './partner-picker';

/**
 * The new-pairing flow (partners, type and stage, first agreement, sources) and the
 * edit form of an existing pairing (partners fixed; agreements edited on their own).
 */
export function PairingForm({
  defaults,
  parents,
  partners,
}: {
  defaults: ReturnType<typeof pairingFormValues>;
  parents: PlaceParents;
  /** Edit mode: the fixed partners' names. */
  partners?: { by: string; cn: string };
}) {
  const t = useTranslations('admin.pairing');
  const tStage = useTranslations('stage');
  const tType = useTranslations('pairingType');
  const tField = useTranslations('cooperationField');
  const { fields, frame, editing } = useRecordForm<FormInput<typeof pairingCreateSchema, typeof pairingUpdateSchema>>({
    defaults,
    createSchema: pairingCreateSchema,
    updateSchema: pairingUpdateSchema,
    create: createPairing,
    update: updatePairing,
    basePath: '/admin/pairings',
    createLabel: t('create'),
    testId: 'pairing-form',
  });
  const mode = (side: Field) => fieldset<'mode'>(side).mode;
  const anyNew = [fields.by, fields.cn].some((side) => (mode(side).value ?? mode(side).initialValue) === 'new');

  return (
    <EntityFormFrame {...frame}>
      <FormSection title={t('partners')} description={editing ? t('partnersFixed') : t('partnersHelp')}>
        {editing && partners ? (
          <p className="text-lg font-semibold">
            <span className="text-by">{partners.by}</span> – <span className="text-cn">{partners.cn}</span>
          </p>
        ) : (
          <div className={`grid gap-4 ${anyNew ? '' : 'lg:grid-cols-2'}`}>
            <PartnerPicker meta={fields.by} side="by" parents={parents} />
            <PartnerPicker meta={fields.cn} side="cn" parents={parents} />
          </div>
        )}
      </FormSection>

      <FormSection title={t('relationship')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <SelectField meta={fields.type} label={t('type')} required options={PAIRING_TYPES.map((v) => ({ value: v, label: tType(v) }))} />
            <CheckboxField meta={fields.typeUncertain} label={t('uncertain')} />
          </div>
          <div className="space-y-1">
            <SelectField meta={fields.stage} label={t('stage')} required placeholder={t('chooseStage')} options={PAIRING_STAGES.map((v) => ({ value: v, label: tStage(v) }))} />
            <CheckboxField meta={fields.stageUncertain} label={t('uncertain')} />
          </div>
        </div>
        <div className="space-y-1">
          <PartialDateField meta={fields.established} label={t('established')} hint={t('establishedHint')} />
          <CheckboxField meta={fields.establishedApproximate} label={t('approximate')} />
        </div>
        <CheckboxGroup meta={fields.fields} legend={t('fields')} options={COOPERATION_FIELDS.map((v) => ({ value: v, label: tField(v) }))} />
        <TextAreaField meta={fields.summary} label={t('summary')} />
        <TextAreaField meta={fields.notes} label={t('notes')} hint={t('notesHint')} />
      </FormSection>

      {!editing && <FirstAgreement meta={fields.agreement} />}

      {editing && (
        <FormSection title={t('agreements')}>
          <Link href={`/admin/agreements/new?pairing=${String(defaults.id)}`} className="text-sm font-medium text-cn underline">
            {t('addAgreement')}
          </Link>
        </FormSection>
      )}

      <FormSection title={t('sources')} description={t('sourcesHelp')}>
        <SourcesEditor meta={fields.sources} />
      </FormSection>
    </EntityFormFrame>
  );
}

/** The new pairing's first agreement or event; left blank (or switched off) it is not created. */
function FirstAgreement({ meta }: { meta: Field }) {
  const t = useTranslations('admin.pairing');
  const tKind = useTranslations('agreementKind');
  const form = useFormMetadata(meta.formId);
  const on = meta.value !== undefined && meta.value !== null && meta.value !== '';
  const agreement = fieldset<'kind' | 'title' | 'date' | 'venue' | 'signatories' | 'summary'>(meta);
  return (
    <FormSection title={t('firstAgreement')} description={t('firstAgreementHelp')}>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="h-4 w-4 accent-cn"
          checked={on}
          onChange={(event) => form.update({ name: meta.name, value: event.target.checked ? agreementFields() : undefined })}
        />
        {t('addFirstAgreement')}
      </label>
      {on && (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField meta={agreement.kind} label={t('agreementKind')} required placeholder={t('chooseKind')} options={AGREEMENT_KINDS.map((v) => ({ value: v, label: tKind(v) }))} />
          <TextField meta={agreement.title} label={t('agreementTitle')} required placeholder={t('agreementTitlePlaceholder')} />
          <div className="sm:col-span-2">
            <PartialDateField meta={agreement.date} label={t('agreementDate')} />
          </div>
          <TextField meta={agreement.venue} label={t('venue')} />
          <TextField meta={agreement.signatories} label={t('signatories')} />
          <TextAreaField meta={agreement.summary} label={t('agreementSummary')} className="sm:col-span-2" />
        </div>
      )}
    </FormSection>
  );
}
