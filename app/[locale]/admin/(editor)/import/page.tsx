import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ImportWizard } from '@/components/admin/import/import-wizard';
import { AdminPageHeader } from '@/components/admin/page-header';
import { IMPORT_COLUMNS } from '@/lib/import/columns';
import { requireEditorPage } from '@/lib/auth/require-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.import');
  return { title: t('title'), robots: { index: false } };
}

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/import'))) notFound();
  const t = await getTranslations('admin.import');
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t('title')} description={t('intro')} />
      <ImportWizard />
      <details className="rounded-lg border border-line bg-white p-4">
        <summary className="cursor-pointer font-medium">{t('columns')}</summary>
        <table className="mt-3 w-full text-sm">
          <tbody className="divide-y divide-line">
            {IMPORT_COLUMNS.map((column) => (
              <tr key={column.name} className="align-top">
                <td className="py-1.5 pr-4 font-mono text-xs">
                  {column.name}
                  {column.required && <span className="text-by"> *</span>}
                </td>
                <td className="py-1.5 text-muted">{column.help}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-xs text-muted">{t('rules')}</p>
      </details>
    </div>
  );
}
