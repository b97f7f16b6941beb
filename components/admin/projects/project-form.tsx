'use client';
import { useTranslations } from 'next-intl';
import { createProject } from '@/lib/actions/projects/create-project';
import { updateProject } from '@/lib/actions/projects/update-project';
import { PROJECT_STATUSES } from '@/lib/domain/vocabulary';
import type { PairingOption } from '@/lib/pairings/admin-queries';
import { projectCreateSchema, projectUpdateSchema } from '@/lib/projects/schema';
import { EntityFormFrame } from '../form/entity-form-frame';
import { CheckboxField, FormSection, SelectField, TextAreaField, TextField } from '../form/fields';
import { SourcesEditor } from '../form/sources-editor';
import { useRecordForm } from '../form/use-record-form';

type PlaceChoice = { id: number; nameEn: string; country: string };

export function ProjectForm({ initial, pairings, places }: { initial: Record<string, unknown>; pairings: PairingOption[]; places: PlaceChoice[] }) {
  const t = useTranslations('admin');
  const tStatus = useTranslations('catalog.projectStatus');
  const { form, frame } = useRecordForm({
    initial,
    createSchema: projectCreateSchema,
    updateSchema: projectUpdateSchema,
    create: createProject,
    update: updateProject,
    basePath: '/admin/projects',
    createLabel: t('projects.create'),
    testId: 'project-form',
  });
  const country = String(form.get('country') ?? 'BY');
  const linked = (form.get('pairingIds') as number[] | undefined) ?? [];
  return (
    <EntityFormFrame {...frame}>
      <FormSection title={t('projects.details')}>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField form={form} name="nameEn" label={t('place.nameEn')} required />
          <TextField form={form} name="nameRu" label={t('place.nameRu')} lang="ru" />
          <TextField form={form} name="nameZh" label={t('place.nameZh')} lang="zh" />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            form={form}
            name="country"
            label={t('place.country')}
            required
            options={[
              { value: 'BY', label: t('place.countryBY') },
              { value: 'CN', label: t('place.countryCN') },
            ]}
            onChange={() => form.set('placeId', '')}
          />
          <SelectField
            form={form}
            name="placeId"
            label={t('projects.place')}
            placeholder={t('projects.noPlace')}
            options={places.filter((p) => p.country === country).map((p) => ({ value: String(p.id), label: p.nameEn }))}
          />
          <TextField form={form} name="locationText" label={t('projects.location')} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField form={form} name="lat" label={t('place.lat')} inputMode="decimal" />
          <TextField form={form} name="lon" label={t('place.lon')} inputMode="decimal" />
          <TextField form={form} name="coordNote" label={t('place.coordNote')} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="space-y-1">
            <SelectField form={form} name="status" label={t('projects.status')} required placeholder={t('form.choose')} options={PROJECT_STATUSES.map((v) => ({ value: v, label: tStatus(v) }))} />
            <CheckboxField form={form} name="statusUncertain" label={t('pairing.uncertain')} />
          </div>
          <TextField form={form} name="startYear" label={t('projects.startYear')} inputMode="numeric" />
          <TextField form={form} name="endYear" label={t('projects.endYear')} inputMode="numeric" />
        </div>
        <TextField form={form} name="sectors" label={t('projects.sectors')} hint={t('projects.sectorsHint')} />
        <TextAreaField form={form} name="partnersText" label={t('projects.partners')} rows={2} />
        <TextAreaField form={form} name="keyFigures" label={t('projects.keyFigures')} rows={2} />
        <TextAreaField form={form} name="summary" label={t('pairing.summary')} />
        <TextAreaField form={form} name="notes" label={t('pairing.notes')} />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t('projects.pairings')}</legend>
          <div className="max-h-48 space-y-1 overflow-auto rounded-md border border-line p-2">
            {pairings.map((p) => (
              <label key={p.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-4 w-4 accent-cn"
                  checked={linked.includes(p.id)}
                  onChange={(e) => form.set('pairingIds', e.target.checked ? [...linked, p.id] : linked.filter((id) => id !== p.id))}
                />
                {p.label}
              </label>
            ))}
          </div>
          {form.error('pairingIds') && <p className="text-xs font-medium text-by">{form.error('pairingIds')}</p>}
        </fieldset>
      </FormSection>
      <FormSection title={t('pairing.sources')} description={t('pairing.sourcesHelp')}>
        <SourcesEditor form={form} />
      </FormSection>
    </EntityFormFrame>
  );
}
