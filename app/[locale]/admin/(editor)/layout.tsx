import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { requireEditorPage } from '@/lib/auth/require-page';

// Every admin page reads the session and fresh data on each request.
export const dynamic = 'force-dynamic';

export default async function EditorLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireEditorPage(locale);
  return (
    <div>
      {user && <AdminNav user={user} />}
      {children}
    </div>
  );
}
