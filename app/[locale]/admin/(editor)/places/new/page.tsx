import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { PlaceForm } from '@/components/admin/places/place-form';
import { listPlaceParents } from '@/lib/places/admin-queries';
import { placeFormValues } from '@/lib/admin/form-values';
import { requireEditorPage } from '@/lib/auth/require-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.places');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewPlacePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/places/new'))) notFound();
  const t = await getTranslations('admin.places');
  const parents = await listPlaceParents();
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('new')} description={t('newIntro')} />
      <PlaceForm defaults={placeFormValues()} parents={parents} />
    </div>
  );
}
