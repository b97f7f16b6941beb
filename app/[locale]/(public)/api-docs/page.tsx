import { ScrollRegion } from '@/components/layout/scroll-region';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import examples from '@/lib/api/examples.json';
import { openApiDocument } from '@/lib/api/openapi';
import { localeAlternates } from '@/lib/i18n/alternates';

type Props = { params: Promise<{ locale: string }> };

/** The request each document example answers (lib/api/examples.json), by operationId. */
const EXAMPLES = examples as Record<string, { path: string }>;

type JsonSchema = { $ref?: string; type?: string | string[]; description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; enum?: string[] };

/** The response's fields, one level deep: a page lists its items' fields, a $ref its component's. */
function responseFields(schema: JsonSchema, components: Record<string, JsonSchema>): [string, string, string][] {
  const resolve = (s: JsonSchema): JsonSchema => (s.$ref ? resolve(components[s.$ref.split('/').pop()!]) : s);
  const root = resolve(schema);
  const items = root.properties?.items ?? root.properties?.features;
  const fields = (target: JsonSchema, prefix: string): [string, string, string][] =>
    Object.entries(resolve(target).properties ?? {}).map(([name, field]) => {
      const inner = field.anyOf?.find((v) => v.type !== 'null') ?? field;
      const ref = inner.$ref ?? inner.items?.$ref;
      const type = ref ? `${inner.items ? 'list of ' : ''}${ref.split('/').pop()}` : Array.isArray(inner.type) ? inner.type.join(' | ') : (inner.enum?.join(' | ') ?? inner.type ?? '');
      return [`${prefix}${name}`, `${type}${field.anyOf?.some((v) => v.type === 'null') || (Array.isArray(field.type) && field.type.includes('null')) ? ' | null' : ''}`, field.description ?? resolve(inner).description ?? ''];
    });
  return items?.items ? [...fields(root, ''), ...fields(items.items, 'items[].')] : fields(root, '');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'apiDocs' });
  return { title: t('title'), description: t('metaDescription'), alternates: localeAlternates(locale, `/api-docs`) };
}

type Parameter = { name: string; in: string; description?: string; schema: { type?: string; enum?: string[]; items?: { enum?: string[] }; minimum?: number; maximum?: number; maxLength?: number; pattern?: string } };

function describeType(schema: Parameter['schema']): string {
  if (schema.type === 'array') return `list of ${schema.items?.enum ? 'values' : 'strings'}`;
  if (schema.enum) return schema.enum.join(' | ');
  const range = schema.minimum !== undefined || schema.maximum !== undefined ? ` ${schema.minimum ?? ''}–${schema.maximum !== undefined && schema.maximum < 1e6 ? schema.maximum : ''}` : '';
  return `${schema.type ?? 'string'}${range}${schema.maxLength ? ` (≤ ${schema.maxLength} chars)` : ''}`;
}

/** The human-readable API page, rendered from the same OpenAPI document programs read. */
export default async function ApiDocsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('apiDocs');
  const doc = openApiDocument();
  const conventions = ['dates', 'lists', 'paging', 'export', 'errors', 'caching', 'trade'] as const;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-muted">{t('intro')}</p>
        <p><a href="/api/v1/openapi.json" className="font-medium text-cn">{t('openapi')}</a> <code className="text-xs text-muted">/api/v1/openapi.json</code></p>
      </header>
      <section aria-labelledby="conventions" className="space-y-2">
        <h2 id="conventions" className="text-lg font-semibold">{t('conventions')}</h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {conventions.map((key) => <li key={key}>{t(`conventionsItems.${key}`)}</li>)}
        </ul>
      </section>
      <section aria-labelledby="endpoints" className="space-y-6">
        <h2 id="endpoints" className="text-lg font-semibold">{t('endpoints')}</h2>
        {Object.entries(doc.paths).map(([path, item]) => {
          const operation = item.get as unknown as { operationId: string; summary: string; description?: string; parameters: Parameter[]; responses: { '200': { content: Record<string, { schema: JsonSchema }> } } };
          const [, ok] = Object.entries(operation.responses['200'].content).find(([media]) => media.includes('json'))!;
          const fields = responseFields(ok.schema, doc.components.schemas as Record<string, JsonSchema>);
          const example = EXAMPLES[operation.operationId]?.path;
          return (
            <article key={path} id={path.replace(/\W+/g, '-').replace(/^-|-$/g, '')} className="space-y-3 rounded-lg border border-line bg-white p-4">
              <h3 className="flex flex-wrap items-baseline gap-2">
                <span className="rounded bg-emerald-50 px-1.5 py-0.5 font-mono text-xs font-semibold text-emerald-800">GET</span>
                <code className="font-mono text-sm font-semibold">/api/v1{path}</code>
                <span className="text-sm text-muted">{operation.summary}</span>
              </h3>
              {operation.description ? <p className="whitespace-pre-line text-sm text-muted">{operation.description}</p> : null}
              <ScrollRegion label={`/api/v1${path} · ${t('parameter')}`}>
                <table className="w-full min-w-[36rem] text-left text-sm">
                  <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                    <tr><th className="py-1 pr-3">{t('parameter')}</th><th className="py-1 pr-3">{t('type')}</th><th className="py-1">{t('description')}</th></tr>
                  </thead>
                  <tbody className="divide-y divide-line">
                    {operation.parameters.map((parameter) => (
                      <tr key={parameter.name}>
                        <td className="py-1 pr-3 font-mono text-xs">{parameter.name}{parameter.in === 'path' ? ' (path)' : ''}</td>
                        <td className="py-1 pr-3 text-xs">{describeType(parameter.schema)}</td>
                        <td className="py-1 text-xs text-muted">{parameter.description ?? (parameter.schema.items?.enum ?? parameter.schema.enum)?.join(', ') ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              <details className="text-sm">
                <summary className="cursor-pointer font-medium">{t('responseFields')}</summary>
                <ScrollRegion label={`/api/v1${path} · ${t('responseFields')}`}>
                  <table className="mt-2 w-full min-w-[36rem] text-left text-sm">
                    <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                      <tr><th className="py-1 pr-3">{t('field')}</th><th className="py-1 pr-3">{t('type')}</th><th className="py-1">{t('description')}</th></tr>
                    </thead>
                    <tbody className="divide-y divide-line">
                      {fields.map(([name, type, description]) => (
                        <tr key={name}><td className="py-1 pr-3 font-mono text-xs">{name}</td><td className="py-1 pr-3 text-xs">{type}</td><td className="py-1 text-xs text-muted">{description}</td></tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              </details>
              {example ? (
                <p className="text-sm">{t('example')}: <a href={example} className="break-all font-mono text-xs text-cn">{example}</a></p>
              ) : null}
            </article>
          );
        })}
      </section>
    </div>
  );
}
