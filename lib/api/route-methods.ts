import { methodNotAllowed, preflight } from './http';

/**
 * What every read-only /api/v1 route exports besides GET: the CORS preflight, and a 405
 * with `Allow` for writes (TRACE and other methods the Request constructor refuses are
 * answered the same way by lib/http/request-guard.mjs before Next sees them).
 */
export const readOnlyMethods = {
  OPTIONS: preflight,
  POST: methodNotAllowed,
  PUT: methodNotAllowed,
  PATCH: methodNotAllowed,
  DELETE: methodNotAllowed,
};
