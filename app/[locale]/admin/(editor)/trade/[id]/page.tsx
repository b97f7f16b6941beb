import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CreatedNotice } from '@/components/admin/created-notice';
import { RecordActions } from '@/components/admin/form/record-actions';
import { AdminPageHeader } from '@/components/admin/page-header';
import { TradeFigureForm } from '@/components/admin/trade/trade-form';
import { tradeFormValues } from '@/lib/admin/form-values';
import { Link } from '@/lib/i18n/navigation';
import { getTradeFigureForEdit, listTradePlaceOptions } from '@/lib/trade/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.trade');
  return { title: t('edit'), robots: { index: false } };
}

export default async function EditTradeFigurePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin');
  const figure = /^\d+$/.test(id) ? await getTradeFigureForEdit(Number(id)) : null;
  if (!figure) notFound();
  const places = await listTradePlaceOptions();
  return (
    <div className="space-y-4">
      <AdminPageHeader
        title={t('trade.edit')}
        description={<Link href={`/admin/audit?entity=trade_figure&record=${figure.id}`}>{t('form.history')}</Link>}
        actions={<RecordActions entityType="trade_figure" id={figure.id} version={figure.version} deleted={figure.deletedAt !== null} />}
      />
      <CreatedNotice searchParams={await searchParams} />
      <TradeFigureForm initial={tradeFormValues(figure)} places={places} />
    </div>
  );
}
