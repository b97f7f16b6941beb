import type { LiveRowsClient } from '@/lib/soft-delete/live-rows';

/** Frictionless Table Schema field types the release uses. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime';
export type Field = { name: string; type: FieldType; description: string; required?: boolean };
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;
export type Table = { name: string; title: string; description: string; primaryKey: string; fields: Field[]; rows: Row[] };

/** Multi-value cells (fields of cooperation, source keys, alternative names) are joined with this. */
export const MULTI_VALUE_SEPARATOR = '|';
const many = (values: readonly string[]) => values.join(MULTI_VALUE_SEPARATOR);
/** Table Schema's default datetime format has no fractional seconds. */
const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const PARTIAL_DATE = 'Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are.';

const f = (name: string, type: FieldType, description: string, required = false): Field => ({ name, type, description, ...(required && { required }) });

/**
 * The whole public data set as flat tables: live records only (soft-deleted ones stay
 * out), links as slugs and keys rather than database ids, editorial notes left out.
 * A column's place in a table is written once here, for the CSV, JSON, SQLite and
 * datapackage.json alike.
 */
export async function buildTables(client: LiveRowsClient): Promise<Table[]> {
  const place = { select: { slug: true } } as const;
  const [places, pairings, agreements, projects, trade, sources] = await Promise.all([
    client.place.findMany({ orderBy: { slug: 'asc' }, include: { region: place, parentCity: place, names: { orderBy: { name: 'asc' } }, sources: { select: { key: true } } } }),
    client.pairing.findMany({ orderBy: { slug: 'asc' }, include: { byPlace: place, cnPlace: place, fields: true, sources: { select: { key: true } } } }),
    client.agreement.findMany({ orderBy: [{ pairingId: 'asc' }, { date: 'asc' }, { id: 'asc' }], include: { pairing: { select: { slug: true } }, sources: { select: { key: true } } } }),
    client.project.findMany({ orderBy: { slug: 'asc' }, include: { place, pairings: { select: { slug: true } }, sources: { select: { key: true } } } }),
    client.tradeFigure.findMany({ orderBy: [{ year: 'asc' }, { id: 'asc' }], include: { byPlace: place, cnPlace: place, sources: { select: { key: true } } } }),
    client.source.findMany({ orderBy: { key: 'asc' } }),
  ]);
  const keys = (s: { key: string }[]) => many(s.map((x) => x.key).sort());
  return [
    {
      name: 'places', title: 'Places', primaryKey: 'slug',
      description: 'Belarusian and Chinese regions, cities, districts and counties, with their names in four languages.',
      fields: [
        f('slug', 'string', 'Stable identifier; the page is /<lang>/places/<slug>.', true), f('country', 'string', 'BY or CN.', true),
        f('tier', 'string', 'region (first-level unit) or locality.', true), f('level', 'string', 'Administrative level (oblast, province, prefecture_city, district …).', true),
        f('region_slug', 'string', 'The first-level region the place lies in.'), f('parent_city_slug', 'string', 'The city a district belongs to.'),
        f('name_en', 'string', 'Name in English.', true), f('name_ru', 'string', 'Name in Russian.'), f('name_be', 'string', 'Name in Belarusian.'), f('name_zh', 'string', 'Name in Simplified Chinese.'),
        f('alt_names', 'string', `Other spellings, "lang:name" joined with "${MULTI_VALUE_SEPARATOR}".`),
        f('lat', 'number', 'Latitude (WGS 84).'), f('lon', 'number', 'Longitude (WGS 84).'), f('coord_note', 'string', 'How the point was chosen.'),
        f('population', 'integer', 'Population.'), f('population_year', 'integer', 'Year of the population figure.'), f('area_km2', 'number', 'Area in km².'),
        f('summary', 'string', 'Short description.'), f('source_keys', 'string', `Keys of the sources (sources table), joined with "${MULTI_VALUE_SEPARATOR}".`),
        f('updated_at', 'datetime', 'Last change of the record.', true),
      ],
      rows: places.map((p) => ({
        slug: p.slug, country: p.country, tier: p.tier, level: p.level, region_slug: p.region?.slug ?? null, parent_city_slug: p.parentCity?.slug ?? null,
        name_en: p.nameEn, name_ru: p.nameRu, name_be: p.nameBe, name_zh: p.nameZh, alt_names: many(p.names.map((n) => `${n.lang}:${n.name}`)),
        lat: p.lat, lon: p.lon, coord_note: p.coordNote, population: p.population, population_year: p.populationYear, area_km2: p.areaKm2,
        summary: p.summary, source_keys: keys(p.sources), updated_at: iso(p.updatedAt),
      })),
    },
    {
      name: 'pairings', title: 'Pairings', primaryKey: 'slug',
      description: 'One Belarusian and one Chinese partner, with the type and stage of their relation.',
      fields: [
        f('slug', 'string', 'Stable identifier; the page is /<lang>/pairings/<slug>.', true), f('by_place_slug', 'string', 'The Belarusian partner (places table).', true),
        f('cn_place_slug', 'string', 'The Chinese partner (places table).', true), f('type', 'string', 'sister_city, friendship_city, friendly_cooperation or partnership.', true),
        f('type_uncertain', 'boolean', 'The sources are ambiguous about the type.', true), f('stage', 'string', 'in_contact, letter_of_intent, approved, established or suspended.', true),
        f('stage_uncertain', 'boolean', 'The sources are ambiguous about the stage.', true), f('established_date', 'string', PARTIAL_DATE),
        f('established_approximate', 'boolean', 'The date is approximate.', true), f('fields', 'string', `Fields of cooperation, joined with "${MULTI_VALUE_SEPARATOR}".`),
        f('summary', 'string', 'Short description.'), f('source_keys', 'string', `Keys of the sources, joined with "${MULTI_VALUE_SEPARATOR}".`),
        f('updated_at', 'datetime', 'Last change of the record.', true),
      ],
      rows: pairings.map((p) => ({
        slug: p.slug, by_place_slug: p.byPlace.slug, cn_place_slug: p.cnPlace.slug, type: p.type, type_uncertain: p.typeUncertain, stage: p.stage,
        stage_uncertain: p.stageUncertain, established_date: p.establishedDate, established_approximate: p.establishedApproximate,
        fields: many(p.fields.map((x) => x.field).sort()), summary: p.summary, source_keys: keys(p.sources), updated_at: iso(p.updatedAt),
      })),
    },
    {
      name: 'agreements', title: 'Agreements and milestones', primaryKey: 'id',
      description: 'Dated documents, visits and other milestones of a pairing.',
      fields: [
        f('id', 'integer', 'Identifier; the API serves /api/v1/agreements/<id>.', true), f('pairing_slug', 'string', 'The pairing (pairings table).', true),
        f('kind', 'string', 'letter, letter_of_intent, memorandum, approval, twinning_agreement, cooperation_agreement, cooperation_programme, road_map, visit, event or other.', true),
        f('date', 'string', PARTIAL_DATE), f('date_approximate', 'boolean', 'The date is approximate.', true), f('title', 'string', 'Title.', true),
        f('venue', 'string', 'Where it was signed or took place.'), f('signatories', 'string', 'Who signed.'), f('summary', 'string', 'Short description.'),
        f('source_keys', 'string', `Keys of the sources, joined with "${MULTI_VALUE_SEPARATOR}".`), f('updated_at', 'datetime', 'Last change of the record.', true),
      ],
      rows: agreements.map((a) => ({
        id: a.id, pairing_slug: a.pairing.slug, kind: a.kind, date: a.date, date_approximate: a.dateApproximate, title: a.title, venue: a.venue,
        signatories: a.signatories, summary: a.summary, source_keys: keys(a.sources), updated_at: iso(a.updatedAt),
      })),
    },
    {
      name: 'projects', title: 'Projects', primaryKey: 'slug',
      description: 'Industrial parks, centres and other joint projects of the partners.',
      fields: [
        f('slug', 'string', 'Stable identifier; the page is /<lang>/projects/<slug>.', true), f('name_en', 'string', 'Name in English.', true),
        f('name_ru', 'string', 'Name in Russian.'), f('name_zh', 'string', 'Name in Simplified Chinese.'), f('country', 'string', 'BY or CN.', true),
        f('place_slug', 'string', 'Where it is (places table).'), f('location_text', 'string', 'Location as the sources give it.'),
        f('lat', 'number', 'Latitude.'), f('lon', 'number', 'Longitude.'), f('partners_text', 'string', 'The partners named by the sources.'),
        f('sectors', 'string', `Sectors, joined with "${MULTI_VALUE_SEPARATOR}".`), f('status', 'string', 'planned, signed, under_construction, operating, opened or completed.', true),
        f('status_uncertain', 'boolean', 'The sources are ambiguous about the status.', true), f('start_year', 'integer', 'Start year.'), f('end_year', 'integer', 'End year.'),
        f('key_figures', 'string', 'Key figures as given by the sources.'), f('summary', 'string', 'Short description.'),
        f('pairing_slugs', 'string', `Pairings the project belongs to, joined with "${MULTI_VALUE_SEPARATOR}".`),
        f('source_keys', 'string', `Keys of the sources, joined with "${MULTI_VALUE_SEPARATOR}".`), f('updated_at', 'datetime', 'Last change of the record.', true),
      ],
      rows: projects.map((p) => ({
        slug: p.slug, name_en: p.nameEn, name_ru: p.nameRu, name_zh: p.nameZh, country: p.country, place_slug: p.place?.slug ?? null, location_text: p.locationText,
        lat: p.lat, lon: p.lon, partners_text: p.partnersText, sectors: many(parseSectors(p.sectors)), status: p.status, status_uncertain: p.statusUncertain,
        start_year: p.startYear, end_year: p.endYear, key_figures: p.keyFigures, summary: p.summary, pairing_slugs: many(p.pairings.map((x) => x.slug).sort()),
        source_keys: keys(p.sources), updated_at: iso(p.updatedAt),
      })),
    },
    {
      name: 'trade', title: 'Trade figures', primaryKey: 'id',
      description: 'Trade between a Belarusian unit (empty: all of Belarus) and a Chinese unit (empty: all of China) over a period.',
      fields: [
        f('id', 'integer', 'Identifier.', true), f('scope', 'string', 'country, region or city.', true), f('by_place_slug', 'string', 'Belarusian unit; empty for Belarus.'),
        f('cn_place_slug', 'string', 'Chinese unit; empty for China.'), f('year', 'integer', 'Year of the period.'), f('period_kind', 'string', 'year, half, quarter or months.', true),
        f('month_from', 'integer', 'First month covered (1–12).', true), f('month_to', 'integer', 'Last month covered (1–12).', true),
        f('period_approximate', 'boolean', 'The period is approximate.', true), f('flow', 'string', 'total, by_export or by_import (Belarusian exports to / imports from China).', true),
        f('value', 'number', 'Value in units of `scale` × `currency`.', true), f('currency', 'string', 'USD or CNY.', true), f('scale', 'number', 'Multiplier of the unit (1000000 for "million").', true),
        f('growth_pct', 'number', 'Growth on the previous period, %.'), f('reporter', 'string', 'Who measured it.'), f('approximate', 'boolean', 'The value is approximate.', true),
        f('source_keys', 'string', `Keys of the sources, joined with "${MULTI_VALUE_SEPARATOR}".`), f('updated_at', 'datetime', 'Last change of the record.', true),
      ],
      rows: trade.map((t) => ({
        id: t.id, scope: t.scope, by_place_slug: t.byPlace?.slug ?? null, cn_place_slug: t.cnPlace?.slug ?? null, year: t.year, period_kind: t.periodKind,
        month_from: t.monthFrom, month_to: t.monthTo, period_approximate: t.periodApproximate, flow: t.flow, value: t.value, currency: t.currency, scale: t.scale,
        growth_pct: t.growthPct, reporter: t.reporter, approximate: t.approximate, source_keys: keys(t.sources), updated_at: iso(t.updatedAt),
      })),
    },
    {
      name: 'sources', title: 'Sources', primaryKey: 'key',
      description: 'The publications every record cites.',
      fields: [
        f('key', 'string', 'Stable key, referenced by the source_keys columns.', true), f('url', 'string', 'Address (empty for a printed source).'),
        f('title', 'string', 'Title.', true), f('publisher', 'string', 'Publisher.'), f('language', 'string', 'Language of the source (BCP 47).'),
        f('published_date', 'string', PARTIAL_DATE), f('updated_at', 'datetime', 'Last change of the record.', true),
      ],
      rows: sources.map((s) => ({ key: s.key, url: s.url, title: s.title, publisher: s.publisher, language: s.language, published_date: s.publishedDate, updated_at: iso(s.updatedAt) })),
    },
  ];
}

function parseSectors(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}
