import NextLink from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { adminMetadata } from '@/lib/admin/page-metadata';
import { requireEditorPage } from '@/lib/auth/require-page';
import { Link } from '@/lib/i18n/navigation';
import { loadQualityChecks } from '@/lib/quality/checks';

export const generateMetadata = adminMetadata('admin.quality');

/** Rows shown per check before "and N more" (the JSON endpoint has them all). */
const SHOWN = 100;

export default async function QualityDesk({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/quality'))) notFound();
  const [t, format, checks] = await Promise.all([getTranslations('admin.quality'), getFormatter(), loadQualityChecks()]);
  const terms = (keys: string[] = []) => format.list(keys.map((k) => t(`term.${k}`)), { type: 'conjunction' });
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <NextLink href="/api/admin/quality" prefetch={false} className="text-sm">
            {t('json')}
          </NextLink>
        }
      />
      <nav aria-label={t('title')}>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {checks.map((check) => (
            <li key={check.id}>
              <a href={`#${check.id}`} className="flex h-full items-start justify-between gap-3 rounded-lg border border-line bg-white p-3 text-ink no-underline hover:border-cn">
                <span className="text-sm">{t(`check.${check.id}`)}</span>
                <span className="text-lg font-semibold tabular-nums" data-testid={`quality-count-${check.id}`}>
                  {check.count}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {checks.map((check) => (
        <section key={check.id} id={check.id} aria-labelledby={`${check.id}-title`} className="scroll-mt-20 space-y-2">
          <h2 id={`${check.id}-title`} className="text-lg font-semibold">
            {t(`check.${check.id}`)} <span className="text-sm font-normal text-muted">({t('countLabel', { count: check.count })})</span>
          </h2>
          {check.count === 0 ? (
            <p className="text-sm text-muted">{t('allClear')}</p>
          ) : (
            <ul className="divide-y divide-line rounded-lg border border-line bg-white text-sm" data-testid={`quality-list-${check.id}`}>
              {check.items.slice(0, SHOWN).map((item) => (
                <li key={`${item.entityType}-${item.id}`} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2">
                  <span className="min-w-0">
                    <span className="text-muted">{t(`entity.${item.entityType}`)} · </span>
                    <Link href={item.href} className="font-medium">
                      {item.label}
                    </Link>
                  </span>
                  <span className="text-muted">{t(`reason.${item.reason.key}`, { count: item.reason.count ?? 0, terms: terms(item.reason.terms) })}</span>
                </li>
              ))}
              {check.count > SHOWN && <li className="px-3 py-2 text-muted">{t('countLabel', { count: check.count - SHOWN })} …</li>}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
