/** Fields that change on every save and say nothing to a reader of the diff. */
const IGNORED = new Set(['id', 'version', 'createdAt', 'updatedAt']);

export type FieldChange = { field: string; before: unknown; after: unknown };

function same(a: unknown, b: unknown) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Field-by-field differences between two snapshots (either may be null: created / gone). */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of keys) {
    if (IGNORED.has(field)) continue;
    const a = before?.[field] ?? null;
    const b = after?.[field] ?? null;
    if (!same(a, b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

/** A value as one line of text in a diff or conflict message. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
