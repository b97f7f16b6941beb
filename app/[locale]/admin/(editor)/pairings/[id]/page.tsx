import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CreatedNotice } from '@/components/admin/created-notice';
import { AdminPageHeader } from '@/components/admin/page-header';
import { PairingForm } from '@/components/admin/pairings/pairing-form';
import { RecordActions } from '@/components/admin/form/record-actions';
import { pairingFormValues } from '@/lib/admin/form-values';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { Link } from '@/lib/i18n/navigation';
import { getPairingForEdit } from '@/lib/pairings/admin-queries';
import { listPlaceParents } from '@/lib/places/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.pairings');
  return { title: t('edit'), robots: { index: false } };
}

export default async function EditPairingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin');
  const pairing = /^\d+$/.test(id) ? await getPairingForEdit(Number(id)) : null;
  if (!pairing) notFound();
  const parents = await listPlaceParents();
  const label = `${pairing.byPlace.nameEn} – ${pairing.cnPlace.nameEn}`;
  return (
    <div className="space-y-4">
      <AdminPageHeader
        title={label}
        description={
          <>
            {t('pairings.editIntro')}{' '}
            <Link href={`/pairings/${pairing.slug}`}>{t('form.publicPage')}</Link> ·{' '}
            <Link href={`/admin/audit?entity=pairing&record=${pairing.id}`}>{t('form.history')}</Link>
          </>
        }
        actions={<RecordActions entityType="pairing" id={pairing.id} version={pairing.version} deleted={pairing.deletedAt !== null} />}
      />
      <CreatedNotice searchParams={await searchParams} />
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
      <PairingForm
        initial={pairingFormValues(pairing)}
        parents={parents}
        partners={{ by: pairing.byPlace.nameEn, cn: pairing.cnPlace.nameEn }}
      />
    </div>
  );
}
