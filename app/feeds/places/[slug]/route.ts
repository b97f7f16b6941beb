import { feedResponse } from '@/lib/changes/feed-response';

export const dynamic = 'force-dynamic';

/** /feeds/places/<slug>.atom: changes about one place, its pairings, agreements and projects. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const match = /^([a-z0-9-]{1,120})\.atom$/.exec(slug);
  if (!match) return new Response('Feeds are at /feeds/places/<slug>.atom.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return feedResponse(request, match[1]);
}
