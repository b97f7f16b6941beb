/**
 * Which parts of the message catalogue go to the browser (NextIntlClientProvider).
 * Server components translate on the server and need none of it; only the client
 * components' namespaces are embedded in the page. The whole catalogue used to be in
 * every page — 54 % of a pairing page's gzip bytes, half of it admin strings
 * (docs/performance.md). tests/unit/client-messages.test.ts walks the client
 * components and fails when one uses a namespace missing here.
 */

/** Namespaces (or `namespace.sub` paths) the public pages' client components use. */
export const PUBLIC_CLIENT_MESSAGES = [
  'error',
  'loading',
  'map',
  'filters',
  'histogram',
  'search',
  'detail.cite',
  'trade',
  'catalog',
  'stage',
  'pairingType',
  'agreementKind',
  'cooperationField',
  'a11y',
  // Whole namespaces: the test reads namespaces, and both are small.
  'site',
  'reader',
] as const;

/** The admin (sign-in included) adds its forms' strings. */
export const ADMIN_CLIENT_MESSAGES = [...PUBLIC_CLIENT_MESSAGES, 'admin', 'adminForms', 'editing', 'validation', 'auth', 'level'] as const;

type Messages = Record<string, unknown>;

/** The parts of `messages` named by `paths` (`a` or `a.b`), same nesting. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const parts = path.split('.');
    let source: unknown = messages;
    let target = picked;
    for (const [index, part] of parts.entries()) {
      if (typeof source !== 'object' || source === null || !(part in source)) break;
      source = (source as Messages)[part];
      if (index === parts.length - 1) target[part] = source;
      else target = (target[part] ??= {}) as Messages;
    }
  }
  return picked;
}
