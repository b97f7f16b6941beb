import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AgreementForm } from '@/components/admin/agreements/agreement-form';
import { AdminPageHeader } from '@/components/admin/page-header';
import { listPairingOptions } from '@/lib/pairings/admin-queries';
import { agreementFormValues } from '@/lib/admin/form-values';
import { requireEditorPage } from '@/lib/auth/require-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.agreements');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewAgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/agreements/new'))) notFound();
  const t = await getTranslations('admin.agreements');
  const pairings = await listPairingOptions();
  const pairing = (await searchParams).pairing;
  const pairingId = typeof pairing === 'string' ? pairings.find((p) => String(p.id) === pairing)?.id : undefined;
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('new')} />
      <AgreementForm defaults={agreementFormValues(undefined, { pairingId })} pairings={pairings} />
    </div>
  );
}
