import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/**
 * Beside an edit form opened from a reader's suggestion: who proposed what, and where
 * the suggestion is. The reader's words are text, never markup.
 */
export async function SuggestionNotice({ suggestion }: { suggestion: { id: number; reference: string; message: string; sourceUrl: string } }) {
  const t = await getTranslations('admin.suggestions');
  return (
    <aside className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="suggestion-notice" aria-labelledby="suggestion-notice-title">
      <h2 id="suggestion-notice-title" className="font-semibold">
        <Link href={`/admin/suggestions/${suggestion.id}`}>{t('proposalTitle', { reference: suggestion.reference })}</Link>
      </h2>
      <p>{t('proposalApply')}</p>
      <p className="whitespace-pre-line break-words border-l-2 border-amber-300 pl-3">{suggestion.message}</p>
      <p className="break-all">{t('source')}: {suggestion.sourceUrl}</p>
    </aside>
  );
}
