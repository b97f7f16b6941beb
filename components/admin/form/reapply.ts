/**
 * "Reload and re-apply my changes" after a conflict: the fields the editor changed
 * (compared with what the form was opened with) are laid over the record as it is
 * now. Values are compared as the form holds them (strings, "on" for a ticked box),
 * so an untouched field never counts as a change.
 */
function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === '' || value === false) return null;
  if (value === true || value === 'on') return 'on';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(normalize).filter((v) => v !== null);
    return items.length === 0 ? null : items.length === 1 ? items[0] : items;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, normalize(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length ? Object.fromEntries(entries) : null;
  }
  return value;
}

export function sameFormValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

/**
 * React renders hidden inputs named `$ACTION_…` (`$ACTION_KEY`, `$ACTION_1:0`,
 * `$ACTION_REF_1`, …) into a form whose `action` is a server action, so the form can
 * post without JavaScript. Conform reads the whole form, so once the editor types they
 * are in its value — but they are React's, never a field of ours, and never in the
 * defaults. Counted as changes, they kept every edited form "dirty" even right after
 * a save (no "Saved" banner; a leave-page prompt with nothing unsaved).
 */
export const isFrameworkField = (name: string) => name.startsWith('$ACTION_');

/** The top-level fields of `current` that differ from `opened` (record id, version and React's own inputs aside). */
export function changedFields(current: Record<string, unknown>, opened: Record<string, unknown>): Record<string, unknown> {
  const keys = new Set([...Object.keys(current), ...Object.keys(opened)]);
  keys.delete('id');
  keys.delete('version');
  return Object.fromEntries(
    [...keys].filter((key) => !isFrameworkField(key) && !sameFormValue(current[key], opened[key])).map((key) => [key, current[key] ?? '']),
  );
}
