import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { PairingForm } from '@/components/admin/pairings/pairing-form';
import { listPlaceParents } from '@/lib/places/admin-queries';
import { pairingFormValues } from '@/lib/admin/form-values';
import { requireEditorPage } from '@/lib/auth/require-page';
import { SuggestionNotice } from '@/components/admin/suggestions/suggestion-notice';
import { suggestionForForm } from '@/lib/suggestions/admin-queries';
import { pairingValuesFromSuggestion } from '@/lib/suggestions/prefill';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.pairings');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewPairingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/pairings/new'))) notFound();
  const t = await getTranslations('admin.pairings');
  const [parents, suggestion] = await Promise.all([listPlaceParents(), suggestionForForm(await searchParams, 'new_pairing')]);
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('new')} description={t('newIntro')} />
      {suggestion && <SuggestionNotice suggestion={suggestion} />}
      <PairingForm defaults={suggestion ? pairingValuesFromSuggestion(pairingFormValues(), suggestion) : pairingFormValues()} parents={parents} />
    </div>
  );
}
