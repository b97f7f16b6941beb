import { feedResponse } from '@/lib/changes/feed-response';

export const dynamic = 'force-dynamic';

/** What changed in the atlas, newest first (Atom). `?lang=ru|be|zh` for another language. */
export function GET(request: Request) {
  return feedResponse(request);
}
