import { notFound, preflight } from '@/lib/api/http';

/** Any /api path without a route: a JSON 404 instead of the HTML not-found page. */
function answer(request: Request) {
  return notFound(`No API endpoint at ${new URL(request.url).pathname}. See /api/v1/openapi.json.`);
}

export const GET = answer;
export const HEAD = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
export const OPTIONS = preflight;
