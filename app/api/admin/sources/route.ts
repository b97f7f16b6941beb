import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth/authorize';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import { searchSources } from '@/lib/sources/admin-queries';

/** Source picker: sources by title, URL or publisher (?q=). Editors only. */
export async function GET(request: Request) {
  const auth = await authorize(EDITOR_ROLES);
  if (!auth.ok) return NextResponse.json({ error: auth.error }, { status: auth.status });
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 100);
  return NextResponse.json({ sources: await searchSources(q) });
}
