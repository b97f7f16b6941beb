import type { z } from 'zod';
import type { AgreementItem } from '@/lib/agreements/queries';
import type { PairingDetail, PairingItem } from '@/lib/pairings/queries';
import { toPairingItem } from '@/lib/pairings/queries';
import { toPartner, type Partner } from '@/lib/places/partner';
import type { PlaceDetail, PlaceItem } from '@/lib/places/queries';
import type { ProjectDetail, ProjectItem } from '@/lib/projects/queries';
import { parseSectors } from '@/lib/projects/sectors';
import type { TradeItem } from '@/lib/trade/queries';
import {
  agreementSchema,
  pairingDetailSchema,
  pairingSchema,
  placeDetailSchema,
  placeSchema,
  projectDetailSchema,
  projectSchema,
  sourceSchema,
  tradeFigureSchema,
} from './responses';

/**
 * Records in their public shape (lib/api/responses.ts): every entity converted once,
 * with `links` to itself, its page and related resources. Each presenter ends in the
 * entity's schema `.parse`, which drops any field the contract does not name, so a
 * reply cannot carry more (or other) than the OpenAPI document says.
 */
export const API = '/api/v1';
const html = (path: string) => `/en${path}`;

export const paths = {
  place: (slug: string) => ({ self: `${API}/places/${slug}`, html: html(`/places/${slug}`) }),
  pairing: (slug: string) => ({ self: `${API}/pairings/${slug}`, html: html(`/pairings/${slug}`) }),
  project: (slug: string) => ({ self: `${API}/projects/${slug}`, html: html(`/projects/${slug}`) }),
  agreement: (id: number, pairing: string) => ({ self: `${API}/agreements/${id}`, html: `${html(`/pairings/${pairing}`)}#agreement-${id}` }),
};

type PartnerLike = Omit<Partner, 'region'> & { region: { slug: string; names: Partner['names'] } | null };

function placeRef(place: PartnerLike) {
  return {
    ...place,
    region: place.region ? { ...place.region, links: paths.place(place.region.slug) } : null,
    links: paths.place(place.slug),
  };
}

function pairingRef(pairing: { slug: string; type: string; stage: string; by: PartnerLike; cn: PartnerLike }) {
  return { slug: pairing.slug, type: pairing.type, stage: pairing.stage, by: placeRef(pairing.by), cn: placeRef(pairing.cn), links: paths.pairing(pairing.slug) };
}

const parse = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => schema.parse(value);

function agreementShape(item: AgreementItem) {
  return {
    ...item,
    pairing: pairingRef(item.pairing),
    links: { ...paths.agreement(item.id, item.pairing.slug), pairing: paths.pairing(item.pairing.slug).self },
  };
}
export const presentAgreement = (item: AgreementItem) => parse(agreementSchema, agreementShape(item));

function pairingShape(item: PairingItem) {
  return {
    ...item,
    by: placeRef(item.by),
    cn: placeRef(item.cn),
    links: { ...paths.pairing(item.slug), agreements: `${API}/agreements?pairing=${item.slug}` },
  };
}
export const presentPairing = (item: PairingItem) => parse(pairingSchema, pairingShape(item));

type ProjectCardRow = {
  slug: string; nameEn: string; nameRu: string | null; nameBe?: string | null; nameZh: string | null; country: string; status: string;
  statusUncertain: boolean; startYear: number | null; endYear: number | null; sectors: string | string[]; summary: string | null;
};
function projectRef(row: ProjectCardRow) {
  return {
    ...row,
    names: { en: row.nameEn, ru: row.nameRu, be: row.nameBe ?? null, zh: row.nameZh },
    sectors: Array.isArray(row.sectors) ? row.sectors : parseSectors(row.sectors),
    links: paths.project(row.slug),
  };
}

const tradeShape = (t: TradeItem) => ({
  ...t,
  by: t.by ? { ...t.by, links: paths.place(t.by.slug) } : null,
  cn: t.cn ? { ...t.cn, links: paths.place(t.cn.slug) } : null,
});
export const presentTrade = (t: TradeItem) => parse(tradeFigureSchema, tradeShape(t));
export const presentSource = (s: unknown) => parse(sourceSchema, s);

export function presentPairingDetail(detail: PairingDetail) {
  const ref = { slug: detail.slug, type: detail.type, stage: detail.stage, by: detail.by, cn: detail.cn };
  return parse(pairingDetailSchema, {
    ...pairingShape(detail),
    agreements: detail.agreements.map((a) => agreementShape({ ...a, updatedAt: a.updatedAt.toISOString(), pairing: ref })),
    projects: detail.projects.map(projectRef),
    trade: detail.trade.map(tradeShape),
  });
}

function placeShape(item: PlaceItem) {
  const { region, ...rest } = placeRef(item);
  return {
    ...item,
    ...rest,
    region,
    links: { ...paths.place(item.slug), pairings: `${API}/pairings?city=${item.slug}`, agreements: `${API}/agreements?city=${item.slug}` },
  };
}
export const presentPlace = (item: PlaceItem) => parse(placeSchema, placeShape(item));

export function presentPlaceDetail(detail: PlaceDetail) {
  return parse(placeDetailSchema, {
    ...placeShape(detail),
    // Pairings of places inside a region are listed with the region: its own filter is `region`.
    links: {
      ...placeShape(detail).links,
      ...(detail.tier === 'region' && { pairings: `${API}/pairings?region=${detail.slug}`, agreements: `${API}/agreements?region=${detail.slug}` }),
    },
    localities: detail.localities.map((l) => placeRef(toPartner(l))),
    pairings: detail.pairings.map((p) => pairingShape(toPairingItem(p))),
    projects: detail.projects.map(projectRef),
    trade: detail.trade.map(tradeShape),
  });
}

function projectShape(item: ProjectItem) {
  return {
    ...projectRef(item),
    place: item.place ? placeRef(item.place) : null,
    pairings: item.pairings.map(pairingRef),
    locationText: item.locationText,
    lat: item.lat,
    lon: item.lon,
    coordNote: item.coordNote,
    partnersText: item.partnersText,
    keyFigures: item.keyFigures,
    sources: item.sources,
    updatedAt: item.updatedAt,
    links: { ...paths.project(item.slug), place: item.place ? paths.place(item.place.slug).self : null },
  };
}
export const presentProject = (item: ProjectItem) => parse(projectSchema, projectShape(item));
export const presentProjectDetail = (detail: ProjectDetail) => parse(projectDetailSchema, projectShape(detail));
