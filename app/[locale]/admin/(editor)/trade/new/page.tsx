import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { TradeFigureForm } from '@/components/admin/trade/trade-form';
import { listTradePlaceOptions } from '@/lib/trade/admin-queries';
import { tradeFormValues } from '@/lib/admin/form-values';
import { requireEditorPage } from '@/lib/auth/require-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.trade');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewTradeFigurePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/trade/new'))) notFound();
  const t = await getTranslations('admin.trade');
  const places = await listTradePlaceOptions();
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('new')} />
      <TradeFigureForm defaults={tradeFormValues()} places={places} />
    </div>
  );
}
