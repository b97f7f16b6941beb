import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { AuditEventLine } from '@/components/admin/audit/audit-event-line';
import { Link } from '@/lib/i18n/navigation';
import { recentAuditEvents } from '@/lib/audit/queries';
import { countRecords } from '@/lib/admin/dashboard-queries';
import { requireEditorPage } from '@/lib/auth/require-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.dashboard');
  return { title: t('title'), robots: { index: false } };
}

const CARDS = ['pairings', 'agreements', 'places', 'projects', 'trade', 'sources', 'import'] as const;

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin'))) notFound();
  const t = await getTranslations('admin');
  const tc = await getTranslations('editing.dashboard');
  const [recent, counts] = await Promise.all([recentAuditEvents(), countRecords()]);
  return (
    <div className="space-y-8">
      <AdminPageHeader
        title={t('dashboard.title')}
        description={t('dashboard.intro')}
        actions={
          <Link href="/admin/pairings/new" className="rounded-md bg-cn px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-ink">
            {t('pairings.new')}
          </Link>
        }
      />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {CARDS.map((card) => (
          <li key={card}>
            <Link href={`/admin/${card}`} className="block h-full rounded-lg border border-line bg-white p-4 text-ink no-underline hover:border-cn">
              <span className="font-semibold">{t(`nav.${card}`)}</span>
              <span className="mt-1 block text-sm text-muted">{t(`dashboard.cards.${card}`)}</span>
              {card !== 'import' && (
                <span className="mt-2 block text-sm tabular-nums" data-testid={`count-${card}`}>
                  <span className="text-xl font-semibold text-ink">{counts[card].live.toLocaleString(locale)}</span>{' '}
                  {tc(`${card}`, { count: counts[card].live })}
                  {counts[card].deleted > 0 && <span className="block text-xs text-muted">{tc('inTrash', { count: counts[card].deleted })}</span>}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('dashboard.recent')}</h2>
        {recent.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-6 text-center text-muted">{t('dashboard.noChanges')}</p>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {recent.map((event) => (
              <li key={event.id} className="px-4 py-2 text-sm">
                <AuditEventLine event={event} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
