import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExportLinks } from '@/components/export/export-links';
import { ProjectCard } from '@/components/projects/project-card';
import { listProjects } from '@/lib/projects/queries';
import { localeAlternates } from '@/lib/i18n/alternates';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'projects' });
  return {
    title: t('title'),
    description: t('metaDescription'),
    alternates: localeAlternates(locale, `/projects`),
    openGraph: { title: t('title'), description: t('metaDescription'), type: 'website', url: `/${locale}/projects` },
  };
}

export default async function ProjectsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('projects');
  const { items } = await listProjects({}, { all: true });
  const byCountry = (['BY', 'CN'] as const).map((country) => ({ country, items: items.filter((p) => p.country === country) }));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-muted">{t('intro')}</p>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm font-medium">{t('count', { count: items.length })}</p>
          <ExportLinks endpoint="/api/v1/projects" query={new URLSearchParams()} />
        </div>
      </header>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">{t('empty')}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          {byCountry.map(({ country, items: list }) => (
            <section key={country} aria-labelledby={`projects-${country}`} className="space-y-2">
              <h2 id={`projects-${country}`} className="text-lg font-semibold">{country === 'BY' ? t('inBelarus') : t('inChina')}</h2>
              <ul className="divide-y divide-line rounded-lg border border-line bg-white">
                {list.map((project) => <ProjectCard key={project.slug} project={{ ...project, nameEn: project.names.en, nameRu: project.names.ru, nameZh: project.names.zh }} />)}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
