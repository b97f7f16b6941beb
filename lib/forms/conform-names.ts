import type { FieldErrors } from './fields';

/**
 * Our field errors are keyed by zod's dotted path ("sources.0.url", "_form" for the
 * whole form); Conform names fields as HTML does ("sources[0].url", "" for the form).
 */
export function conformName(path: string): string {
  if (path === '_form') return '';
  return path.split('.').reduce((name, key) => (/^\d+$/.test(key) ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}

export function toConformErrors(errors: FieldErrors | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([path, messages]) => [conformName(path), messages]));
}
