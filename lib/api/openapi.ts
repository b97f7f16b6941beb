import { z } from 'zod';
import { atlasFilterParams } from '@/lib/filters/schema';
import { formatParam, placesQuery, recordSlug, projectsQuery, sourcesQuery, tradeQuery } from './params';
import { langParam } from './display';
import {
  agreementSchema,
  errorSchema,
  geoJsonSchema,
  pageOf,
  pairingSchema,
  placeSchema,
  projectSchema,
  sourceSchema,
  tradeFigureSchema,
} from './responses';

/**
 * OpenAPI 3.1 for /api/v1, generated from the zod schemas the routes validate with
 * (query parameters) and the response schemas the API tests check replies against.
 */
type Shape = Record<string, z.ZodType>;

function parameters(shape: Shape, where: 'query' | 'path' = 'query') {
  return Object.entries(shape).map(([name, schema]) => {
    const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
    delete json.$schema;
    const { description, ...rest } = json;
    return {
      name,
      in: where,
      required: where === 'path',
      ...(description ? { description } : {}),
      schema: rest,
      ...(rest.type === 'array' ? { style: 'form', explode: false } : {}),
    };
  });
}

function shapeOf(schema: z.ZodType): Shape {
  const inner = schema instanceof z.ZodPipe ? schema.in : schema;
  return (inner as z.ZodObject).shape as Shape;
}

function ref(schema: z.ZodType) {
  return { $ref: `#/components/schemas/${(z.globalRegistry.get(schema) as { id: string }).id}` };
}

function jsonContent(schema: z.ZodType | { $ref: string }) {
  const body = schema instanceof z.ZodType ? inline(schema) : schema;
  return { 'application/json': { schema: body } };
}

/** JSON Schema with named parts (meta id) as $refs into the document's components. */
function toComponentJson(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  delete json.$defs;
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/'));
}

function inline(schema: z.ZodType) {
  return toComponentJson(schema);
}

const errors = {
  '400': { description: 'A query parameter is not valid; `errors` names each one.', content: jsonContent(ref(errorSchema)) },
};
const notFound = { '404': { description: 'No such record.', content: jsonContent(ref(errorSchema)) } };
const cacheHeaders = {
  ETag: { description: 'Strong validator of the body; send it back as If-None-Match for a 304.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
};
const notModified = { '304': { description: 'The body has not changed since the ETag sent in If-None-Match.' } };

function list(summary: string, description: string, query: Shape, item: z.ZodType) {
  return {
    get: {
      summary,
      description: `${description}\n\nWith \`format=csv\` or \`format=json\` the whole result is sent as a file (paging does not apply).`,
      parameters: parameters({ ...query, format: formatParam.optional(), lang: langParam.optional() }),
      responses: {
        '200': {
          description: 'One page of results, or the whole result as a file with `format`.',
          headers: cacheHeaders,
          content: { ...jsonContent(pageOf(item)), 'text/csv': { schema: { type: 'string' } } },
        },
        ...notModified,
        ...errors,
      },
    },
  };
}

function detail(summary: string, item: z.ZodType) {
  return {
    get: {
      summary,
      parameters: [...parameters({ slug: recordSlug }, 'path'), ...parameters({ lang: langParam.optional() })],
      responses: { '200': { description: summary, headers: cacheHeaders, content: jsonContent(ref(item)) }, ...notModified, ...errors, ...notFound },
    },
  };
}

/** The shape without `format`, which `list` adds to every list endpoint. */
const withoutFormat = (schema: z.ZodType) => {
  const shape = { ...shapeOf(schema) };
  delete shape.format;
  return shape;
};

export function openApiDocument() {
  const filters = atlasFilterParams.shape as Shape;
  // Every schema with a meta id, once, under its id (zod emits them as $defs).
  const named = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  const components = Object.fromEntries(
    Object.entries(named.schemas).map(([id, json]) => {
      const component: Record<string, unknown> = { ...json };
      delete component.$schema;
      delete component.$id;
      return [id, component];
    }),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sister Cities Atlas API',
      version: '1.0.0',
      description:
        'Belarus–China twinning relations: places, pairings, agreements, projects, trade figures and their sources. ' +
        'Read-only, no key. CORS is open for GET; responses carry ETag and Cache-Control. Dates are partial ISO strings.',
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/agreements': list(
        'Search agreements',
        'The search page\'s parameters. Newest first; by relevance when `q` is set (unless `sort=date`). `q` matches any stored name or spelling of either partner or its region (in any language), and words of the title, summary, venue and signatories.',
        filters,
        agreementSchema,
      ),
      '/pairings': list('List pairings', 'The shared filter parameters, applied to pairings.', filters, pairingSchema),
      '/pairings/{slug}': detail('One pairing with its agreements, projects, trade figures and sources', pairingSchema),
      '/places': list('List places', 'Regions and localities on both sides.', withoutFormat(placesQuery), placeSchema),
      '/places/{slug}': detail('One place with its pairings, projects and trade figures', placeSchema),
      '/projects': list('List projects', 'Cooperation projects.', withoutFormat(projectsQuery), projectSchema),
      '/projects/{slug}': detail('One project', projectSchema),
      '/trade': list('Trade figures', 'Every figure keeps its currency, scale (1e6 = millions), period and reporter: Belstat and China customs count differently.', withoutFormat(tradeQuery), tradeFigureSchema),
      '/sources': list('Sources', 'Every source the data cites.', withoutFormat(sourcesQuery), sourceSchema),
      '/geojson': {
        get: {
          summary: 'Partners and pairing arcs as GeoJSON',
          description: 'A FeatureCollection: Points for partners, LineStrings from the Belarusian to the Chinese partner. The shared filter parameters apply.',
          parameters: parameters(filters),
          responses: {
            '200': { description: 'GeoJSON (RFC 7946)', headers: cacheHeaders, content: { 'application/geo+json': { schema: ref(geoJsonSchema) } } },
            ...notModified,
            ...errors,
          },
        },
      },
    },
    components: { schemas: components },
  };
}
