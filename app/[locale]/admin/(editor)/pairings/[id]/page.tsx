import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CreatedNotice } from '@/components/admin/created-notice';
import { ReadOnlyWhenDeleted, RecordEditHeader } from '@/components/admin/record-edit-header';
import { adminMetadata, parseRecordId } from '@/lib/admin/page-metadata';
import { PairingForm } from '@/components/admin/pairings/pairing-form';
import { pairingFormValues } from '@/lib/admin/form-values';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { Link } from '@/lib/i18n/navigation';
import { getPairingForEdit } from '@/lib/pairings/admin-queries';
import { listPlaceParents } from '@/lib/places/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';
import { SuggestionNotice } from '@/components/admin/suggestions/suggestion-notice';
import { suggestionForForm } from '@/lib/suggestions/admin-queries';
import { pairingValuesFromSuggestion } from '@/lib/suggestions/prefill';

export const generateMetadata = adminMetadata('admin.pairings', 'edit');

export default async function EditPairingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, `/admin/pairings/${id}`))) notFound();
  const t = await getTranslations('admin');
  const recordId = parseRecordId(id);
  const pairing = recordId === null ? null : await getPairingForEdit(recordId);
  if (!pairing) notFound();
  const query = await searchParams;
  const [parents, suggestion] = await Promise.all([listPlaceParents(), suggestionForForm(query, { entityType: 'pairing', id: pairing.id })]);
  const defaults = pairingFormValues(pairing);
  const label = `${pairing.byPlace.nameEn} – ${pairing.cnPlace.nameEn}`;
  return (
    <div className="space-y-4">
      <RecordEditHeader
        entityType="pairing"
        record={pairing}
        title={label}
        links={
          <>
            {t('pairings.editIntro')}{' '}
          </>
        }
      />
      <CreatedNotice searchParams={query} />
      {suggestion && <SuggestionNotice suggestion={suggestion} />}
      {pairing.agreements.length > 0 && (
        <section className="rounded-lg border border-line bg-white p-4">
          <h2 className="mb-2 text-base font-semibold">{t('pairing.agreements')}</h2>
          <ul className="space-y-1 text-sm">
            {pairing.agreements.map((a) => (
              <li key={a.id}>
                <span className="tabular-nums text-muted">{formatPartialDate(a.date, locale) ?? '—'}</span>{' '}
                <Link href={`/admin/agreements/${a.id}`}>{a.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ReadOnlyWhenDeleted deleted={pairing.deletedAt !== null}>
      <PairingForm
        defaults={suggestion ? pairingValuesFromSuggestion(defaults, suggestion) : defaults}
        parents={parents}
        partners={{ by: pairing.byPlace.nameEn, cn: pairing.cnPlace.nameEn }}
      />
      </ReadOnlyWhenDeleted>
    </div>
  );
}
