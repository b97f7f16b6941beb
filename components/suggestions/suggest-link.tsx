import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { SuggestionTarget } from '@/lib/suggestions/schema';

/** "Suggest a correction" for one record: opens the public form with the record named. */
export async function SuggestLink({ target, slug, className = 'text-xs' }: { target: SuggestionTarget; slug: string; className?: string }) {
  const t = await getTranslations('suggest');
  return (
    <Link href={{ pathname: '/suggest', query: { [target]: slug } }} className={className} prefetch={false} data-testid="suggest-link">
      {t('link')}
    </Link>
  );
}
