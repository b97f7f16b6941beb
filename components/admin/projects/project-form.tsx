'use client';
import { useTranslations } from 'next-intl';
import { createProject } from '@/lib/actions/projects/create-project';
import { updateProject } from '@/lib/actions/projects/update-project';
import { PROJECT_STATUSES } from '@/lib/domain/vocabulary';
import type { projectFormValues } from '@/lib/admin/form-values';
import type { PairingOption } from '@/lib/pairings/admin-queries';
import { projectCreateSchema, projectUpdateSchema } from '@/lib/projects/schema';
import { EntityFormFrame } from '../form/entity-form-frame';
import { CheckboxField, CheckboxGroup, FormSection, SelectField, TextAreaField, TextField } from '../form/fields';
import { SourcesEditor } from '../form/sources-editor';
import { useRecordForm, type FormInput } from '../form/use-record-form';

type PlaceChoice = { id: number; nameEn: string; country: string };

export function ProjectForm({ defaults, pairings, places }: { defaults: ReturnType<typeof projectFormValues>; pairings: PairingOption[]; places: PlaceChoice[] }) {
  const t = useTranslations('admin');
  const tStatus = useTranslations('catalog.projectStatus');
  const { form, fields, frame } = useRecordForm<FormInput<typeof projectCreateSchema, typeof projectUpdateSchema>>({
    defaults,
    createSchema: projectCreateSchema,
    updateSchema: projectUpdateSchema,
    create: createProject,
    update: updateProject,
    basePath: '/admin/projects',
    createLabel: t('projects.create'),
    testId: 'project-form',
  });
  const country = String(fields.country.value ?? 'BY');
  return (
    <EntityFormFrame {...frame}>
      <FormSection title={t('projects.details')}>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField meta={fields.nameEn} label={t('place.nameEn')} required />
          <TextField meta={fields.nameRu} label={t('place.nameRu')} lang="ru" />
          <TextField meta={fields.nameZh} label={t('place.nameZh')} lang="zh" />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            meta={fields.country}
            label={t('place.country')}
            required
            options={[
              { value: 'BY', label: t('place.countryBY') },
              { value: 'CN', label: t('place.countryCN') },
            ]}
            // The form's own metadata: this component is outside the FormProvider that EntityFormFrame opens.
            onChange={() => form.update({ name: fields.placeId.name, value: '' })}
          />
          <SelectField
            meta={fields.placeId}
            label={t('projects.place')}
            placeholder={t('projects.noPlace')}
            options={places.filter((p) => p.country === country).map((p) => ({ value: String(p.id), label: p.nameEn }))}
          />
          <TextField meta={fields.locationText} label={t('projects.location')} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField meta={fields.lat} label={t('place.lat')} inputMode="decimal" />
          <TextField meta={fields.lon} label={t('place.lon')} inputMode="decimal" />
          <TextField meta={fields.coordNote} label={t('place.coordNote')} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="space-y-1">
            <SelectField meta={fields.status} label={t('projects.status')} required placeholder={t('form.choose')} options={PROJECT_STATUSES.map((v) => ({ value: v, label: tStatus(v) }))} />
            <CheckboxField meta={fields.statusUncertain} label={t('pairing.uncertain')} />
          </div>
          <TextField meta={fields.startYear} label={t('projects.startYear')} inputMode="numeric" />
          <TextField meta={fields.endYear} label={t('projects.endYear')} inputMode="numeric" />
        </div>
        <TextField meta={fields.sectors} label={t('projects.sectors')} hint={t('projects.sectorsHint')} />
        <TextAreaField meta={fields.partnersText} label={t('projects.partners')} rows={2} />
        <TextAreaField meta={fields.keyFigures} label={t('projects.keyFigures')} rows={2} />
        <TextAreaField meta={fields.summary} label={t('pairing.summary')} />
        <TextAreaField meta={fields.notes} label={t('pairing.notes')} />
        <div className="max-h-48 overflow-auto rounded-md border border-line p-2">
          <CheckboxGroup meta={fields.pairingIds} legend={t('projects.pairings')} options={pairings.map((p) => ({ value: String(p.id), label: p.label }))} />
        </div>
      </FormSection>
      <FormSection title={t('pairing.sources')} description={t('pairing.sourcesHelp')}>
        <SourcesEditor meta={fields.sources} />
      </FormSection>
    </EntityFormFrame>
  );
}
