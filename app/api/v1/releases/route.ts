import { NextResponse } from 'next/server';
import { listReleases } from '@/lib/releases/catalog';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** The data releases, newest first, each with its citation, licence, row counts and download URLs. */
export function GET() {
  const items = listReleases().map((r) => ({
    ...r,
    files: r.files.map((f) => ({ ...f, url: siteUrl(`/data/releases/${r.id}/${f.name}`) })),
  }));
  return NextResponse.json(
    { items, total: items.length },
    { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' } },
  );
}
