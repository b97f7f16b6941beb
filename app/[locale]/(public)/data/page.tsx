import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { localeAlternates } from '@/lib/i18n/alternates';
import { listReleases } from '@/lib/releases/catalog';
import { DATA_LICENCE } from '@/lib/releases/meta';
import { siteOrigin } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'releases' });
  return { title: t('title'), description: t('metaDescription'), alternates: localeAlternates(locale, '/data') };
}

/** The data releases (docs/data-releases.md): dated, numbered, citable downloads of the whole data set. */
export default async function DataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format] = await Promise.all([getTranslations('releases'), getFormatter()]);
  const releases = listReleases();
  // Cited at the address the reader is on (SITE_URL when set, lib/site-url.ts).
  const origin = await siteOrigin();
  // Under 1 kB in bytes: a 282-byte changelog is not "0 kB".
  const size = (bytes: number) =>
    bytes < 1024
      ? format.number(bytes, { style: 'unit', unit: 'byte' })
      : bytes < 1024 * 1024
      ? format.number(bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 })
      : format.number(bytes / 1024 / 1024, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-muted">{t('intro')}</p>
        <p className="max-w-3xl text-sm">
          {t('licence')} <a href={DATA_LICENCE.path}>{DATA_LICENCE.title}</a>. {t('api')} <code className="text-xs">/api/v1/releases</code>.
        </p>
      </header>
      {releases.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">{t('empty')}</p>
      ) : (
        <ol className="space-y-4" data-testid="releases">
          {releases.map((release) => (
            <li key={release.id} className="space-y-3 rounded-lg border border-line bg-white p-4" data-release={release.id}>
              <h2 className="text-lg font-semibold">
                {t('releaseTitle', { month: format.dateTime(new Date(`${release.month}-01T00:00:00Z`), { year: 'numeric', month: 'long', timeZone: 'UTC' }), version: release.version })}
              </h2>
              <p className="text-sm text-muted">
                {t('created', { date: format.dateTime(new Date(release.created), { dateStyle: 'long', timeZone: 'UTC' }) })} ·{' '}
                {t('counts', {
                  pairings: release.rowCounts.pairings ?? 0,
                  agreements: release.rowCounts.agreements ?? 0,
                  places: release.rowCounts.places ?? 0,
                  sources: release.rowCounts.sources ?? 0,
                })}
              </p>
              <div className="space-y-1">
                <p className="text-sm font-medium" id={`cite-${release.id}`}>
                  {t('citeAs')}
                </p>
                <p className="break-words rounded-md bg-paper px-3 py-2 text-sm" aria-labelledby={`cite-${release.id}`} data-testid="release-citation">
                  {release.citation}. {origin}/{locale}/data
                </p>
              </div>
              <ul className="flex flex-wrap gap-2 text-sm" aria-label={t('files')}>
                {release.files.map((file) => (
                  <li key={file.name}>
                    <a href={`/data/releases/${release.id}/${file.name}`} className="inline-block rounded-md border border-line px-3 py-1.5 no-underline hover:border-cn" download>
                      {file.name} <span className="text-muted">({size(file.bytes)})</span>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
