/**
 * Server-action request bodies are decoded by Next.js (React's `decodeReply`) before any
 * of our code runs, and a body it cannot decode — truncated JSON, an object instead of
 * an argument list, a reference such as "$Q1" to a part that does not exist, deep
 * nesting — becomes a 500, even from an anonymous client. proxy.ts checks the body
 * here first and answers 400/415 instead. Our actions take one plain object (the
 * forms call `action(values)`), which React sends as a text/plain JSON argument list;
 * the only "$"-strings in it are React's escapes for special values.
 */
const MAX_ARGUMENTS = 4;
const MAX_DEPTH = 64;
/** "$$…" is an escaped string starting with "$"; the others are values JSON cannot carry. */
const SPECIAL = /^\$(?:\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|n-?\d{1,400}|D\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/;

type Refusal = { status: 400 | 415; message: string };

function checkValue(root: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
    if (typeof value === 'string') {
      if (value.startsWith('$') && !SPECIAL.test(value)) return `unsupported reference ${JSON.stringify(value.slice(0, 20))}`;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) stack.push({ value: item, depth: depth + 1 });
    }
  }
  return null;
}

/** Why this action body cannot be one of ours, or null when it is well-formed. */
export function actionBodyProblem(contentType: string, body: string): Refusal | null {
  if (!contentType.toLowerCase().startsWith('text/plain')) {
    return { status: 415, message: 'Server actions take a JSON argument list (text/plain).' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { status: 400, message: 'The request body is not valid JSON.' };
  }
  if (!Array.isArray(parsed)) return { status: 400, message: 'The request body must be a list of arguments.' };
  if (parsed.length > MAX_ARGUMENTS) return { status: 400, message: `At most ${MAX_ARGUMENTS} arguments.` };
  const problem = checkValue(parsed);
  return problem ? { status: 400, message: `Malformed server action arguments: ${problem}.` } : null;
}

/** A 400/415 for a malformed server-action request, or null to let Next.js run the action. */
export async function refuseMalformedAction(request: Request): Promise<Response | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  let body: string;
  try {
    body = await request.text();
  } catch {
    return Response.json({ error: 'invalid_body', message: 'The request body could not be read.' }, { status: 400 });
  }
  const problem = actionBodyProblem(request.headers.get('content-type') ?? '', body);
  if (!problem) return null;
  return Response.json({ error: 'invalid_action_request', message: `${problem.message} Nothing was saved.` }, { status: problem.status, headers: { 'cache-control': 'no-store' } });
}
