import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CreatedNotice } from '@/components/admin/created-notice';
import { RecordActions } from '@/components/admin/form/record-actions';
import { AdminPageHeader } from '@/components/admin/page-header';
import { PlaceForm } from '@/components/admin/places/place-form';
import { placeFormValues } from '@/lib/admin/form-values';
import { Link } from '@/lib/i18n/navigation';
import { getPlaceForEdit, listPlaceParents } from '@/lib/places/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.places');
  return { title: t('edit'), robots: { index: false } };
}

export default async function EditPlacePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin');
  const place = /^\d+$/.test(id) ? await getPlaceForEdit(Number(id)) : null;
  if (!place) notFound();
  const parents = await listPlaceParents();
  return (
    <div className="space-y-4">
      <AdminPageHeader
        title={place.nameEn}
        description={
          <>
            {t('places.usedBy', { count: place._count.byPairings + place._count.cnPairings })}{' '}
            <Link href={`/places/${place.slug}`}>{t('form.publicPage')}</Link> ·{' '}
            <Link href={`/admin/audit?entity=place&record=${place.id}`}>{t('form.history')}</Link>
          </>
        }
        actions={<RecordActions entityType="place" id={place.id} version={place.version} deleted={place.deletedAt !== null} />}
      />
      <CreatedNotice searchParams={await searchParams} />
      <PlaceForm initial={placeFormValues(place)} parents={parents} />
    </div>
  );
}
