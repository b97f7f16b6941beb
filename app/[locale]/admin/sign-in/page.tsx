import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { pickMessages } from '@/lib/i18n/client-messages';
import { SignInForm } from '@/components/admin/auth/sign-in-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('title'), robots: { index: false } };
}

/** Only same-site admin paths are followed after sign-in (no open redirect). */
function safeNext(value: string | string[] | undefined) {
  const next = Array.isArray(value) ? value[0] : value;
  if (!next) return '/admin';
  const path = next.replace(/^\/[a-z]{2}(?=\/)/, '');
  return /^\/admin(\/|$|\?)/.test(path) && !path.startsWith('//') ? path : '/admin';
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth');
  const query = await searchParams;
  const next = safeNext(query.next);
  const error = typeof query.error === 'string' ? query.error.slice(0, 200) : undefined;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <header className="space-y-2 text-center">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-muted">{t('intro')}</p>
      </header>
      <div className="rounded-lg border border-line bg-white p-6 shadow-sm">
        {/* The form's strings only: the layout sends the public pages' set (lib/i18n/client-messages.ts). */}
        <NextIntlClientProvider messages={pickMessages(await getMessages(), ['auth'])}>
          <SignInForm next={next} initialError={error} />
        </NextIntlClientProvider>
      </div>
      <p className="text-center text-xs text-muted">{t('noAccount')}</p>
    </div>
  );
}
