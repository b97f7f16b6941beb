import { NextResponse } from 'next/server';
import { listReleases } from '@/lib/releases/catalog';
import { siteOrigin } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** The data releases, newest first, each with its citation, licence, row counts and download URLs. */
export async function GET() {
  const origin = await siteOrigin();
  const items = listReleases().map((r) => ({
    ...r,
    files: r.files.map((f) => ({ ...f, url: `${origin}/data/releases/${r.id}/${f.name}` })),
  }));
  return NextResponse.json(
    { items, total: items.length },
    { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' } },
  );
}
