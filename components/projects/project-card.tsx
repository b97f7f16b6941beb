import { UncertainMark } from '@/components/a11y/uncertain-mark';
import { useLocale, useTranslations } from 'next-intl';
import type { ProjectStatus } from '@/lib/domain/vocabulary';
import { Link } from '@/lib/i18n/navigation';
import { parseSectors } from '@/lib/projects/sectors';
import { localName } from '@/lib/i18n/place-names';
import type { LocalizedText as Text } from '@/lib/i18n/content';
import { LocalizedText } from '@/components/i18n/localized-text';

type ProjectCardData = {
  slug: string;
  nameEn: string;
  nameRu: string | null;
  nameBe?: string | null;
  nameZh: string | null;
  country: string;
  locationText: string | null;
  status: string;
  statusUncertain: boolean;
  startYear: number | null;
  sectors: string | string[];
  i18n: { summary: Text };
};

export function projectName(project: Pick<ProjectCardData, 'nameEn' | 'nameRu' | 'nameBe' | 'nameZh'>, locale: string) {
  return localName(project, locale);
}

export function ProjectCard({ project }: { project: ProjectCardData }) {
  const t = useTranslations('projects');
  const c = useTranslations('catalog');
  const locale = useLocale();
  const sectors = Array.isArray(project.sectors) ? project.sectors : parseSectors(project.sectors);
  return (
    <li className="space-y-1.5 px-4 py-3" data-testid="project">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className={`rounded px-1.5 py-0.5 ${project.country === 'BY' ? 'bg-by-soft' : 'bg-cn-soft'}`}>{project.country}</span>
        <span className="rounded bg-paper px-1.5 py-0.5 ring-1 ring-line">
          {c(`projectStatus.${project.status as ProjectStatus}`)}<UncertainMark show={project.statusUncertain} />
        </span>
        {project.startYear ? <span className="text-muted">{t('since', { year: project.startYear })}</span> : null}
      </div>
      <h3 className="font-semibold leading-snug">
        <Link href={`/projects/${project.slug}`} className="text-ink hover:text-cn">{projectName(project, locale)}</Link>
      </h3>
      {project.locationText ? <p className="text-xs text-muted">{project.locationText}</p> : null}
      <LocalizedText value={project.i18n.summary} as="p" className="line-clamp-2 text-sm text-muted" />
      {sectors.length > 0 ? (
        <ul className="flex flex-wrap gap-1 text-xs" aria-label={t('sectors')}>
          {sectors.map((sector) => <li key={sector} className="rounded-full bg-paper px-2 py-0.5 ring-1 ring-line">{sector}</li>)}
        </ul>
      ) : null}
    </li>
  );
}
