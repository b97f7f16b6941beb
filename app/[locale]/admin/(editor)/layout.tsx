import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import { ADMIN_CLIENT_MESSAGES, pickMessages } from '@/lib/i18n/client-messages';
import { AdminNav } from '@/components/admin/admin-nav';
import { requireEditorPage } from '@/lib/auth/require-page';

// Every admin page reads the session and fresh data on each request.
export const dynamic = 'force-dynamic';

export default async function EditorLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireEditorPage(locale);
  // The admin forms' strings, on admin pages only (lib/i18n/client-messages.ts).
  const messages = pickMessages(await getMessages(), ADMIN_CLIENT_MESSAGES);
  return (
    <NextIntlClientProvider messages={messages}>
      <div>
        {user && <AdminNav user={user} />}
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
