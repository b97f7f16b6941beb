import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { emptyNewSource } from '@/components/admin/form/initial-values';
import { AdminPageHeader } from '@/components/admin/page-header';
import { TradeFigureForm } from '@/components/admin/trade/trade-form';
import { listTradePlaceOptions } from '@/lib/trade/admin-queries';
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
  const initial = {
    scope: 'country', byPlaceId: '', cnPlaceId: '', year: '', periodKind: 'year', monthFrom: '1', monthTo: '12', periodApproximate: false,
    flow: 'total', value: '', currency: 'USD', scale: '1000000', growthPct: '', reporter: '', approximate: false, notes: '', sources: [emptyNewSource()],
  };
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('new')} />
      <TradeFigureForm initial={initial} places={places} />
    </div>
  );
}
