import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { adminMetadata } from '@/lib/admin/page-metadata';
import { requireEditorPage } from '@/lib/auth/require-page';
import { Link } from '@/lib/i18n/navigation';
import { listSuggestions, parseSuggestionFilters } from '@/lib/suggestions/admin-queries';
import { SUGGESTION_STATUSES } from '@/lib/suggestions/schema';

export const generateMetadata = adminMetadata('admin.suggestions');

export default async function SuggestionsInbox({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/suggestions'))) notFound();
  const filters = parseSuggestionFilters(await searchParams);
  const [t, format, { rows, counts }] = await Promise.all([getTranslations('admin.suggestions'), getFormatter(), listSuggestions(filters)]);
  return (
    <div className="space-y-5">
      <AdminPageHeader title={t('title')} description={t('intro')} />
      <nav aria-label={t('statusFilter')}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {SUGGESTION_STATUSES.map((status) => (
            <li key={status}>
              <Link
                href={{ pathname: '/admin/suggestions', query: { status, ...(filters.kind && { kind: filters.kind }) } }}
                aria-current={filters.status === status ? 'page' : undefined}
                className="block rounded-full border border-line px-3 py-1 no-underline aria-[current=page]:border-cn aria-[current=page]:bg-cn-soft aria-[current=page]:font-medium"
                data-testid={`suggestions-${status}`}
              >
                {t(`status.${status}`)} ({counts[status]})
              </Link>
            </li>
          ))}
          {(['correction', 'new_pairing'] as const).map((kind) => (
            <li key={kind}>
              <Link
                href={{ pathname: '/admin/suggestions', query: { status: filters.status, ...(filters.kind !== kind && { kind }) } }}
                aria-pressed={filters.kind === kind}
                className="block rounded-full border border-dashed border-line px-3 py-1 no-underline aria-pressed:border-cn aria-pressed:font-medium"
              >
                {t(`kind.${kind}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-white p-6 text-center text-muted">{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white text-sm" data-testid="suggestion-rows">
          {rows.map((row) => (
            <li key={row.id} className="space-y-1 px-4 py-3">
              <p className="flex flex-wrap items-baseline gap-x-3">
                <Link href={`/admin/suggestions/${row.id}`} className="font-medium">
                  {row.reference}
                </Link>
                <span className="text-muted">{t(`kind.${row.kind as 'correction'}`)}</span>
                <time dateTime={row.createdAt.toISOString()} className="text-muted">
                  {format.dateTime(row.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC
                </time>
                {row.reviewedBy && row.reviewedAt && (
                  <span className="text-muted">
                    {t('reviewedBy', { name: row.reviewedBy.name, date: format.dateTime(row.reviewedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) })}
                  </span>
                )}
              </p>
              <p className="line-clamp-2 break-words">{row.message}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
