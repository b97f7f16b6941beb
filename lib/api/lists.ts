import { z } from 'zod';
import { exportFilename } from './export-filename';
import { csvResponse, jsonResponse } from './http';
import type { ExportOptions } from './params';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/**
 * CSV columns are the JSON fields flattened (issue 13): nested objects join their keys
 * with "." (`pairing.by.names.en`), and a list — of values or of objects — becomes one
 * cell per leaf with its values joined by MULTI_VALUE_SEPARATOR (`sources.url`). The
 * columns come from the item's schema, so they are the same for an empty result.
 */
export const MULTI_VALUE_SEPARATOR = ' | ';

type Column = { name: string; path: string[] };

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

export function csvColumns(schema: z.ZodType, prefix: string[] = []): Column[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, value]) => csvColumns(value, [...prefix, key]));
  }
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element as z.ZodType);
    if (element instanceof z.ZodObject) return csvColumns(element, prefix);
  }
  return [{ name: prefix.join('.'), path: prefix }];
}

function leaves(value: unknown, path: string[]): unknown[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => leaves(item, path));
  if (path.length === 0) return [value];
  return leaves((value as Record<string, unknown>)[path[0]], path.slice(1));
}

export function csvRow(item: unknown, columns: Column[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c.name, leaves(item, c.path).map(String).join(MULTI_VALUE_SEPARATOR)]));
}

/** RFC 8288 links to the first, previous, next and last page, kept with every other parameter. */
export function pageLinks(url: URL, { total, page, pageSize }: { total: number; page: number; pageSize: number }): string | null {
  if (pageSize <= 0) return null;
  const last = Math.max(1, Math.ceil(total / pageSize));
  const at = (n: number) => {
    const target = new URL(url.pathname + url.search, 'http://x');
    target.searchParams.set('page', String(n));
    return `<${target.pathname}${target.search}>`;
  };
  const links = [`${at(1)}; rel="first"`, `${at(last)}; rel="last"`];
  if (page > 1) links.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${at(page + 1)}; rel="next"`);
  return links.join(', ');
}

/**
 * A list endpoint's answer: the page as JSON (with `Link` headers), or with `format`
 * (or `Accept: text/csv`) a downloadable JSON or CSV file named after the endpoint, its filters and the day.
 */
export function listResponse<T, P extends Page<T>>(request: Request, result: P, options: ExportOptions, name: string, itemSchema: z.ZodType, paged = true) {
  const url = new URL(request.url);
  const link = paged ? pageLinks(url, result) : null;
  const headers: Record<string, string> = link ? { Link: link } : {};
  if (options.format === 'csv') {
    const columns = csvColumns(itemSchema);
    return csvResponse(request, result.items.map((item) => csvRow(item, columns)), columns.map((c) => c.name), exportFilename(name, url.searchParams, 'csv'), { bom: options.bom, headers });
  }
  if (options.format === 'json') return jsonResponse(request, result, { filename: exportFilename(name, url.searchParams, 'json'), headers });
  return jsonResponse(request, result, { headers });
}
