import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth/authorize';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import { searchPlaces } from '@/lib/places/admin-queries';

/** Partner combobox: places by any name or spelling (?q=&country=BY|CN). Editors only. */
export async function GET(request: Request) {
  const auth = await authorize(EDITOR_ROLES);
  if (!auth.ok) return NextResponse.json({ error: auth.error }, { status: auth.status });
  const params = new URL(request.url).searchParams;
  const q = (params.get('q') ?? '').slice(0, 100);
  const country = params.get('country');
  const places = await searchPlaces(q, country === 'BY' || country === 'CN' ? country : null);
  return NextResponse.json({ places });
}
