import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CreatedNotice } from '@/components/admin/created-notice';
import { ReadOnlyWhenDeleted, RecordEditHeader } from '@/components/admin/record-edit-header';
import { adminMetadata, parseRecordId } from '@/lib/admin/page-metadata';
import { TradeFigureForm } from '@/components/admin/trade/trade-form';
import { tradeFormValues } from '@/lib/admin/form-values';
import { getTradeFigureForEdit, listTradePlaceOptions } from '@/lib/trade/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';

export const generateMetadata = adminMetadata('admin.trade', 'edit');

export default async function EditTradeFigurePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, `/admin/trade/${id}`))) notFound();
  const t = await getTranslations('admin');
  const recordId = parseRecordId(id);
  const figure = recordId === null ? null : await getTradeFigureForEdit(recordId);
  if (!figure) notFound();
  const places = await listTradePlaceOptions();
  return (
    <div className="space-y-4">
      <RecordEditHeader
        entityType="trade_figure"
        record={figure}
        title={t('trade.edit')}
      />
      <CreatedNotice searchParams={await searchParams} />
      <ReadOnlyWhenDeleted deleted={figure.deletedAt !== null}>
      <TradeFigureForm defaults={tradeFormValues(figure)} places={places} />
      </ReadOnlyWhenDeleted>
    </div>
  );
}
