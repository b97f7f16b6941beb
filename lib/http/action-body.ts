/**
 * Server-action request bodies are decoded by Next.js (React's `decodeReply`) before any
 * of our code runs, and a body it cannot decode — truncated JSON, an object instead of
 * an argument list, a reference such as "$Q1" to a part that does not exist, deep
 * nesting — becomes a 500, even from an anonymous client. proxy.ts checks the body
 * here first and answers 400/415 instead. Our actions take one plain object (the
 * forms call `action(values)`), which React sends as a text/plain JSON argument list;
 * the only "$"-strings in it are React's escapes for special values. A form's FormData
 * (`useActionState` forms: the Conform admin forms, the readers' suggestion form) comes
 * as multipart/form-data: the argument list in the part named "0", each FormData as
 * "$K<n>" with its fields in parts named "_<n>_<field>" (as React 19 sends them) — text only, no files.
 */
const MAX_ARGUMENTS = 4;
const MAX_DEPTH = 64;
/** "$$…" is an escaped string starting with "$"; the others are values JSON cannot carry. */
const SPECIAL = /^\$(?:\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|n-?\d{1,400}|D\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/;
const FORM_DATA_REF = /^\$K(\d{1,6})$/;
const MAX_PARTS = 500;

type Refusal = { status: 400 | 415; message: string };

/** `formDataRefs`: the FormData references the multipart body carries ("$K1" → 1); none for text/plain. */
function checkValue(root: unknown, formDataRefs: ReadonlySet<string> = new Set()): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
    if (typeof value === 'string') {
      const ref = FORM_DATA_REF.exec(value)?.[1];
      if (ref !== undefined ? !formDataRefs.has(ref) : value.startsWith('$') && !SPECIAL.test(value)) {
        return `unsupported reference ${JSON.stringify(value.slice(0, 20))}`;
      }
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) stack.push({ value: item, depth: depth + 1 });
    }
  }
  return null;
}

function checkArguments(body: string, formDataRefs?: ReadonlySet<string>): Refusal | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { status: 400, message: 'The request body is not valid JSON.' };
  }
  if (!Array.isArray(parsed)) return { status: 400, message: 'The request body must be a list of arguments.' };
  if (parsed.length > MAX_ARGUMENTS) return { status: 400, message: `At most ${MAX_ARGUMENTS} arguments.` };
  const problem = checkValue(parsed, formDataRefs);
  return problem ? { status: 400, message: `Malformed server action arguments: ${problem}.` } : null;
}

/** The multipart form of an argument list: part "0" holds it, "_<n>_<field>" parts the FormData it names. */
function checkMultipart(form: FormData): Refusal | null {
  const refs = new Set<string>();
  let root: string | null = null;
  let parts = 0;
  for (const [name, value] of form.entries()) {
    if (++parts > MAX_PARTS) return { status: 400, message: `At most ${MAX_PARTS} form fields.` };
    if (typeof value !== 'string') return { status: 415, message: 'Server actions take text fields, not files.' };
    if (name === '0') root = value;
    else {
      const ref = /^_?(\d{1,6})_/.exec(name)?.[1];
      if (ref === undefined) return { status: 400, message: `Unexpected form field ${JSON.stringify(name.slice(0, 40))}.` };
      refs.add(ref);
    }
  }
  if (root === null) return { status: 400, message: 'The argument list (form field "0") is missing.' };
  // A FormData with no fields has no parts: any "$K<n>" the list names may stand for one.
  const named = new Set([...root.matchAll(/"\$K(\d{1,6})"/g)].map((m) => m[1]!));
  for (const ref of refs) if (!named.has(ref)) return { status: 400, message: `Form fields of an unnamed form data ${ref}.` };
  return checkArguments(root, named);
}

const isMultipart = (contentType: string) => contentType.toLowerCase().startsWith('multipart/form-data');

/** Why this action body cannot be one of ours, or null when it is well-formed (`form`: the multipart body, parsed). */
export function actionBodyProblem(contentType: string, body: string, form?: FormData): Refusal | null {
  if (isMultipart(contentType) && form) return checkMultipart(form);
  if (!contentType.toLowerCase().startsWith('text/plain')) {
    return { status: 415, message: 'Server actions take a JSON argument list (text/plain) or form data (multipart/form-data).' };
  }
  return checkArguments(body);
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
  const contentType = request.headers.get('content-type') ?? '';
  let form: FormData | undefined;
  if (isMultipart(contentType)) {
    try {
      form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    } catch {
      return Response.json({ error: 'invalid_body', message: 'The form data could not be read. Nothing was saved.' }, { status: 400 });
    }
  }
  const problem = actionBodyProblem(contentType, body, form);
  if (!problem) return null;
  return Response.json({ error: 'invalid_action_request', message: `${problem.message} Nothing was saved.` }, { status: problem.status, headers: { 'cache-control': 'no-store' } });
}
