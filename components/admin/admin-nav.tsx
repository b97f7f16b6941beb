import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { SessionUser } from '@/lib/auth/session';
import { NavLinks } from '@/components/layout/nav-links';
import { countNewSuggestions } from '@/lib/suggestions/admin-queries';
import { SignOutButton } from './auth/sign-in-form';

const SECTIONS = ['pairings', 'agreements', 'places', 'projects', 'trade', 'sources', 'import', 'suggestions', 'quality', 'audit'] as const;
const ADMIN_SECTIONS = ['users'] as const;

export async function AdminNav({ user }: { user: SessionUser }) {
  const t = await getTranslations('admin.nav');
  const account = await getTranslations('editing.account');
  const sections = user.role === 'admin' ? [...SECTIONS, ...ADMIN_SECTIONS] : SECTIONS;
  const newSuggestions = await countNewSuggestions();
  return (
    <div className="mb-6 space-y-3 border-b border-line pb-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link href="/admin" className="text-lg font-semibold text-ink no-underline">
          {t('title')}
        </Link>
        <p className="flex items-center gap-3 text-sm text-muted">
          <span data-testid="signed-in-as">
            {t('signedInAs', { name: user.name, role: user.role })}
          </span>
          <Link href="/admin/account" data-testid="account-link">
            {account('navLink')}
          </Link>
          <SignOutButton />
        </p>
      </div>
      <nav aria-label={t('label')}>
        <NavLinks
          items={sections.map((section) => ({
            href: `/admin/${section}`,
            label: section === 'suggestions' ? t('suggestionsCount', { count: newSuggestions }) : t(section),
          }))}
          listClassName="flex flex-wrap gap-1 text-sm"
          linkClassName="block rounded-md px-3 py-1.5 text-ink no-underline hover:bg-cn-soft"
          currentClassName="bg-cn-soft font-medium"
        />
      </nav>
    </div>
  );
}
