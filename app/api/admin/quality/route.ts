import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth/authorize';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import { loadQualityChecks } from '@/lib/quality/checks';

export const dynamic = 'force-dynamic';

/** The data-quality desk as JSON, for editors' scripts: every check with its count and records. */
export async function GET() {
  const auth = await authorize(EDITOR_ROLES);
  if (!auth.ok) return NextResponse.json({ error: auth.error }, { status: auth.status });
  const checks = await loadQualityChecks();
  return NextResponse.json({ generatedAt: new Date().toISOString(), checks }, { headers: { 'Cache-Control': 'private, no-store' } });
}
