'use client';
import { useTranslations } from 'next-intl';
import { createAgreement } from '@/lib/actions/agreements/create-agreement';
import { updateAgreement } from '@/lib/actions/agreements/update-agreement';
import type { agreementFormValues } from '@/lib/admin/form-values';
import { agreementCreateSchema, agreementUpdateSchema } from '@/lib/agreements/schema';
import { AGREEMENT_KINDS } from '@/lib/domain/vocabulary';
import type { PairingOption } from '@/lib/pairings/admin-queries';
import { EntityFormFrame } from '../form/entity-form-frame';
import { CheckboxField, FormSection, SelectField, TextAreaField, TextField } from '../form/fields';
import { PairingCombobox } from '../form/pairing-combobox';
import { PartialDateField } from '../form/partial-date-field';
import { SourcesEditor } from '../form/sources-editor';
import { useRecordForm, type FormInput } from '../form/use-record-form';

export function AgreementForm({ defaults, pairings }: { defaults: ReturnType<typeof agreementFormValues>; pairings: PairingOption[] }) {
  const t = useTranslations('admin');
  const tKind = useTranslations('agreementKind');
  const { fields, frame } = useRecordForm<FormInput<typeof agreementCreateSchema, typeof agreementUpdateSchema>>({
    defaults,
    createSchema: agreementCreateSchema,
    updateSchema: agreementUpdateSchema,
    create: createAgreement,
    update: updateAgreement,
    basePath: '/admin/agreements',
    createLabel: t('agreements.create'),
    testId: 'agreement-form',
  });
  return (
    <EntityFormFrame {...frame}>
      <FormSection title={t('agreements.details')}>
        <PairingCombobox meta={fields.pairingId} options={pairings} label={t('agreements.pairing')} placeholder={t('agreements.choosePairing')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField meta={fields.kind} label={t('pairing.agreementKind')} required placeholder={t('pairing.chooseKind')} options={AGREEMENT_KINDS.map((v) => ({ value: v, label: tKind(v) }))} />
          <TextField meta={fields.title} label={t('pairing.agreementTitle')} required />
        </div>
        <div className="space-y-1">
          <PartialDateField meta={fields.date} label={t('pairing.agreementDate')} />
          <CheckboxField meta={fields.dateApproximate} label={t('pairing.approximate')} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={fields.venue} label={t('pairing.venue')} />
          <TextField meta={fields.signatories} label={t('pairing.signatories')} />
        </div>
        <TextAreaField meta={fields.summary} label={t('pairing.agreementSummary')} />
        <TextAreaField meta={fields.notes} label={t('pairing.notes')} />
      </FormSection>
      <FormSection title={t('pairing.sources')} description={t('pairing.sourcesHelp')}>
        <SourcesEditor meta={fields.sources} />
      </FormSection>
    </EntityFormFrame>
  );
}
