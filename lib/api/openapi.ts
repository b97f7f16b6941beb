import { z } from 'zod';
import { atlasFilterParams } from '@/lib/filters/schema';
import examples from './examples.json';
import { agreementId, bomParam, formatParam, placesQuery, projectsQuery, recordSlug, sourcesQuery, tradeParams } from './params';
import { langParam } from './display';
import {
  agreementPageSchema,
  agreementSchema,
  pageOf,
  pairingCollectionSchema,
  pairingDetailSchema,
  pairingSchema,
  placeCollectionSchema,
  placeDetailSchema,
  placeSchema,
  projectDetailSchema,
  projectSchema,
  sourceSchema,
  tradeFigureSchema,
} from './responses';

/**
 * OpenAPI 3.1 for /api/v1, generated from the zod schemas the routes parse their input
 * with (lib/api/params.ts, lib/filters/schema.ts) and shape their replies with
 * (lib/api/responses.ts). Examples are real replies (lib/api/examples.json, refreshed by
 * `UPDATE_API_EXAMPLES=1 npx vitest run tests/db/api-contract.test.ts`); the contract
 * test validates them and every real reply against this document.
 */
type Shape = Record<string, z.ZodType>;
type Examples = Record<string, { path: string; body: unknown }>;

const JSON_SCHEMA = { target: 'draft-2020-12', unrepresentable: 'any', uri: (id: string) => `#/components/schemas/${id}` } as const;

function parameters(shape: Shape, where: 'query' | 'path' = 'query') {
  return Object.entries(shape).map(([name, schema]) => {
    const json = z.toJSONSchema(schema, { io: 'output', ...JSON_SCHEMA }) as Record<string, unknown>;
    delete json.$schema;
    const { description, example, ...rest } = json;
    if (rest.type === 'integer' || rest.type === 'number') rest.type = 'integer';
    return {
      name,
      in: where,
      required: where === 'path',
      description: description ?? name,
      ...(example !== undefined ? { example } : {}),
      schema: rest,
      ...(rest.type === 'array' ? { style: 'form', explode: false } : {}),
    };
  });
}

/** A $ref to a named (meta id) schema, or the schema inlined. */
function schemaOf(schema: z.ZodType) {
  const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
  if (id) return { $ref: `#/components/schemas/${id}` };
  const json = z.toJSONSchema(schema, { ...JSON_SCHEMA, io: 'output', cycles: 'ref', reused: 'inline' }) as Record<string, unknown>;
  delete json.$schema;
  // Named parts are components already; zod repeats them as $defs.
  delete json.$defs;
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/')) as Record<string, unknown>;
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
const headers = {
  ETag: { description: 'Weak validator of the body (the same for every content coding); send it back as If-None-Match for a 304.', schema: { type: 'string' } },
  'Cache-Control': { description: 'public, max-age=60, stale-while-revalidate=300', schema: { type: 'string' } },
};
const pagedHeaders = { ...headers, Link: { description: 'RFC 8288 links to the first, last, prev and next page', schema: { type: 'string' } } };
const common = {
  '304': { description: 'The body has not changed since the ETag sent in If-None-Match.' },
  '400': problem('A parameter is not valid; `errors` names each one and what is wrong.'),
};

function exampleOf(name: string) {
  const example = (examples as Examples)[name];
  return example ? { example: example.body } : {};
}

type Operation = { operationId: string; tag: string; summary: string; description: string };

function list(op: Operation, query: Shape, item: z.ZodType, page: z.ZodType = pageOf(item), paged = true) {
  const exports = paged ? 'Without `page`/`pageSize` a `format` file holds the whole result; with them, that page.' : 'Not paged.';
  return {
    get: {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      description: `${op.description}\n\nWith \`format=csv\` (or \`Accept: text/csv\`) or \`format=json\` the answer is a file download. ${exports} CSV: UTF-8 with a byte-order mark (\`bom=0\` leaves it out), CRLF line ends, the JSON fields flattened with "." and list values joined by " | ".`,
      parameters: parameters({ ...query, format: formatParam.optional(), bom: bomParam.optional(), lang: langParam.optional() }),
      responses: {
        '200': {
          description: 'One page of results, or a file with `format`.',
          headers: paged ? pagedHeaders : headers,
          content: {
            'application/json': { schema: schemaOf(page), ...exampleOf(op.operationId) },
            'text/csv': { schema: { type: 'string', description: 'The items, one row each' } },
          },
        },
        ...common,
      },
    },
  };
}

function detail(op: Operation, path: Shape, item: z.ZodType, links: Record<string, unknown> = {}) {
  return {
    get: {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      description: op.description,
      parameters: [...parameters(path, 'path'), ...parameters({ lang: langParam.optional() })],
      responses: {
        '200': { description: op.summary, headers, content: { 'application/json': { schema: schemaOf(item), ...exampleOf(op.operationId) } }, ...(Object.keys(links).length ? { links } : {}) },
        ...common,
        '404': problem('No such record.'),
      },
    },
  };
}

function geojson(op: Operation, collection: z.ZodType, deprecated = false) {
  return {
    get: {
      operationId: op.operationId,
      tags: ['GeoJSON'],
      summary: op.summary,
      description: `${op.description} The shared filter parameters apply; never paged. Properties are flat (names per language, partner names, counts, page URL), so OGR/QGIS read typed columns.`,
      ...(deprecated ? { deprecated: true } : {}),
      parameters: parameters(withoutPaging),
      responses: {
        '200': { description: 'GeoJSON (RFC 7946)', headers, content: { 'application/geo+json': { schema: schemaOf(collection), ...exampleOf(op.operationId) } } },
        ...common,
      },
    },
  };
}

const filters = atlasFilterParams.shape as Shape;
const withoutPaging: Shape = Object.fromEntries(Object.entries(filters).filter(([key]) => !['page', 'pageSize', 'sort'].includes(key)));
const shapeOf = (schema: z.ZodObject) => schema.shape as Shape;
const slugPath = { slug: recordSlug };

/** Follow a record to what it links to: links between operations (OpenAPI `links`). */
const pairingLinks = {
  agreements: { operationId: 'listAgreements', parameters: { pairing: '$response.body#/slug' }, description: 'The pairing\'s agreements' },
  byPartner: { operationId: 'getPlace', parameters: { slug: '$response.body#/by/slug' }, description: 'The Belarusian partner' },
  cnPartner: { operationId: 'getPlace', parameters: { slug: '$response.body#/cn/slug' }, description: 'The Chinese partner' },
};

const TAGS = [
  { name: 'Agreements', description: 'Signed documents and milestones, searchable' },
  { name: 'Pairings', description: 'Twinning and partnership relations between a Belarusian and a Chinese place' },
  { name: 'Places', description: 'Regions and localities on both sides' },
  { name: 'Projects', description: 'Cooperation projects' },
  { name: 'Trade', description: 'Trade figures with currency, scale, period and reporter' },
  { name: 'Sources', description: 'Every source the data cites' },
  { name: 'GeoJSON', description: 'Map layers for GIS tools' },
];

export function openApiDocument() {
  const named = z.toJSONSchema(z.globalRegistry, JSON_SCHEMA);
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
      version: '1.1.0',
      summary: 'Belarus–China twinning relations as open data',
      description:
        'Places, pairings, agreements, projects, trade figures and their sources. Read-only, no key. ' +
        'CORS is open for GET; responses carry a weak ETag and Cache-Control, and are Brotli-compressed when the client accepts it. ' +
        '`q` means the same on every endpoint that takes it. Dates are partial ISO strings. Errors are application/problem+json. ' +
        'Every record has `links` to itself, its page and related resources.',
      license: { name: 'CC BY 4.0 (data); cite the sources each record names', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: '/api/v1', description: 'This site' }],
    security: [],
    tags: TAGS,
    paths: {
      '/agreements': list(
        { operationId: 'listAgreements', tag: 'Agreements', summary: 'Search agreements', description: 'The search page\'s parameters, with its facets and spelling corrections. Newest first; by relevance when `q` is set (unless `sort=date`).' },
        filters,
        agreementSchema,
        agreementPageSchema,
      ),
      '/agreements/{id}': detail(
        { operationId: 'getAgreement', tag: 'Agreements', summary: 'One agreement', description: 'An agreement with its pairing and sources.' },
        { id: agreementId },
        agreementSchema,
        { pairing: { operationId: 'getPairing', parameters: { slug: '$response.body#/pairing/slug' }, description: 'The agreement\'s pairing' } },
      ),
      '/pairings': list({ operationId: 'listPairings', tag: 'Pairings', summary: 'List pairings', description: 'The shared filter parameters, applied to pairings. Newest first.' }, filters, pairingSchema),
      '/pairings/{slug}': detail(
        { operationId: 'getPairing', tag: 'Pairings', summary: 'One pairing', description: 'A pairing with its agreements, projects, trade figures and sources.' },
        slugPath,
        pairingDetailSchema,
        pairingLinks,
      ),
      '/places': list({ operationId: 'listPlaces', tag: 'Places', summary: 'List places', description: 'Regions and localities on both sides, by country and name.' }, shapeOf(placesQuery), placeSchema),
      '/places/{slug}': detail(
        { operationId: 'getPlace', tag: 'Places', summary: 'One place', description: 'A place with its localities, facts, pairings, projects and trade figures.' },
        slugPath,
        placeDetailSchema,
        { pairings: { operationId: 'listPairings', parameters: { city: '$response.body#/slug' }, description: 'The place\'s own pairings' } },
      ),
      '/projects': list({ operationId: 'listProjects', tag: 'Projects', summary: 'List projects', description: 'Cooperation projects, newest first.' }, shapeOf(projectsQuery), projectSchema),
      '/projects/{slug}': detail({ operationId: 'getProject', tag: 'Projects', summary: 'One project', description: 'A project with its place, pairings and sources.' }, slugPath, projectDetailSchema),
      '/trade': list(
        { operationId: 'listTrade', tag: 'Trade', summary: 'Trade figures', description: 'Every figure keeps its currency, scale (1e6 = millions), period and reporter: Belstat and China customs count differently.' },
        shapeOf(tradeParams),
        tradeFigureSchema,
        pageOf(tradeFigureSchema),
        false,
      ),
      '/sources': list({ operationId: 'listSources', tag: 'Sources', summary: 'Sources', description: 'Every source the data cites, newest first.' }, shapeOf(sourcesQuery), sourceSchema),
      '/geojson/places': geojson({ operationId: 'placesGeoJson', tag: 'GeoJSON', summary: 'Partners as GeoJSON Points', description: 'The partners of the matching pairings.' }, placeCollectionSchema),
      '/geojson/pairings': geojson({ operationId: 'pairingsGeoJson', tag: 'GeoJSON', summary: 'Pairings as GeoJSON LineStrings', description: 'Arcs from the Belarusian to the Chinese partner.' }, pairingCollectionSchema),
      '/geojson': geojson(
        { operationId: 'mixedGeoJson', tag: 'GeoJSON', summary: 'Points and arcs in one collection', description: 'Both layers in one FeatureCollection (mixed geometry; use /geojson/places and /geojson/pairings for GIS tools).' },
        z.object({ type: z.literal('FeatureCollection'), features: z.array(z.union([placeCollectionSchema.shape.features.element, pairingCollectionSchema.shape.features.element])) }),
        true,
      ),
    },
    components: { schemas: components },
  };
}
