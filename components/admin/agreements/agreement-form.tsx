'use client';
import { useTranslations } from 'next-intl';
import { createAgreement } from '@/lib/actions/agreements/create-agreement';
import { updateAgreement } from '@/lib/actions/agreements/update-agreement';
import { agreementCreateSchema, agreementUpdateSchema } from '@/lib/agreements/schema';
import { AGREEMENT_KINDS } from '@/lib/domain/vocabulary';
import type { PairingOption } from '@/lib/pairings/admin-queries';
import { EntityFormFrame } from '../form/entity-form-frame';
import { CheckboxField, FormSection, SelectField, TextAreaField, TextField } from '../form/fields';
import { PartialDateField } from '../form/partial-date-field';
import { SourcesEditor } from '../form/sources-editor';
import { useRecordForm } from '../form/use-record-form';

export function AgreementForm({ initial, pairings }: { initial: Record<string, unknown>; pairings: PairingOption[] }) {
  const t = useTranslations('admin');
  const tKind = useTranslations('agreementKind');
  const { form, frame } = useRecordForm({
    initial,
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
        <SelectField
          form={form}
          name="pairingId"
          label={t('agreements.pairing')}
          required
          placeholder={t('agreements.choosePairing')}
          options={pairings.map((p) => ({ value: String(p.id), label: p.label }))}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField form={form} name="kind" label={t('pairing.agreementKind')} required placeholder={t('pairing.chooseKind')} options={AGREEMENT_KINDS.map((v) => ({ value: v, label: tKind(v) }))} />
          <TextField form={form} name="title" label={t('pairing.agreementTitle')} required />
        </div>
        <div className="space-y-1">
          <PartialDateField form={form} name="date" label={t('pairing.agreementDate')} />
          <CheckboxField form={form} name="dateApproximate" label={t('pairing.approximate')} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="venue" label={t('pairing.venue')} />
          <TextField form={form} name="signatories" label={t('pairing.signatories')} />
        </div>
        <TextAreaField form={form} name="summary" label={t('pairing.agreementSummary')} />
        <TextAreaField form={form} name="notes" label={t('pairing.notes')} />
      </FormSection>
      <FormSection title={t('pairing.sources')} description={t('pairing.sourcesHelp')}>
        <SourcesEditor form={form} />
      </FormSection>
    </EntityFormFrame>
  );
}
