import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export function PanelHeader({ eyebrow, closeQuery }: { eyebrow: string; closeQuery: Record<string, string> }) {
  const t = useTranslations('map');
  return (
    <div className="mb-3 flex items-center justify-between">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{eyebrow}</h2>
      <Link
        href={{ pathname: '/', query: closeQuery }}
        scroll={false}
        className="-mr-1 rounded px-2 py-1 text-sm text-muted hover:bg-paper hover:text-ink"
        aria-label={t('closePanel')}
      >
        ✕
      </Link>
    </div>
  );
}
