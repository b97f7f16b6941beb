/**
 * The closed vocabularies of the domain. The database stores these as TEXT; every
 * write goes through a zod schema built from these lists (see docs/data-model.md).
 */
export const COUNTRIES = ['BY', 'CN'] as const;
export type Country = (typeof COUNTRIES)[number];

export const PLACE_TIERS = ['region', 'locality'] as const;
export type PlaceTier = (typeof PLACE_TIERS)[number];

/** Administrative level, more specific than the tier. */
export const PLACE_LEVELS = [
  // first-level regions
  'oblast',
  'capital_city', // Minsk: a city with oblast status
  'province',
  'municipality', // Beijing, Shanghai, Tianjin, Chongqing
  'autonomous_region',
  // localities
  'prefecture_city',
  'county_city',
  'city',
  'town',
  'district', // a raion of an oblast, or a district of a Chinese city
  'urban_district', // a district inside a big city (Sovetsky District of Minsk)
  'county',
] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export const REGION_LEVELS: readonly PlaceLevel[] = [
  'oblast',
  'capital_city',
  'province',
  'municipality',
  'autonomous_region',
];

export const PAIRING_TYPES = [
  'sister_city', // formal twinning: побратимство, 友好城市 / 友好省州
  'friendship_city', // friendly relations / friendly exchange short of twinning
  'friendly_cooperation', // partnership or cooperation relationship, MoU on friendship and cooperation
  'partnership', // named "partnership" by the sources, nothing more specific
] as const;
export type PairingType = (typeof PAIRING_TYPES)[number];

/** The pipeline a pairing moves along; `suspended` can follow any stage. */
export const PAIRING_STAGES = [
  'in_contact',
  'letter_of_intent',
  'approved',
  'established',
  'suspended',
] as const;
export type PairingStage = (typeof PAIRING_STAGES)[number];

export const COOPERATION_FIELDS = [
  'trade',
  'investment',
  'industry',
  'agriculture',
  'culture',
  'tourism',
  'education',
  'science',
  'technology',
  'healthcare',
  'traditional_medicine',
  'logistics',
  'heritage',
  'media',
  'youth',
  'sport',
  'humanitarian',
  'personnel_training',
  'ecology',
] as const;
export type CooperationField = (typeof COOPERATION_FIELDS)[number];

export const AGREEMENT_KINDS = [
  'letter',
  'letter_of_intent',
  'memorandum',
  'approval',
  'twinning_agreement',
  'cooperation_agreement',
  'cooperation_programme',
  'road_map',
  'visit',
  'event',
  'other',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/**
 * How much a milestone weighs when ranking search results (lower first): a signed
 * agreement or an approval is what a reader looking for a pairing wants first, then
 * the letter of intent that led to it, then visits and contacts.
 */
export const AGREEMENT_KIND_IMPORTANCE: Record<AgreementKind, number> = {
  twinning_agreement: 0,
  cooperation_agreement: 0,
  approval: 0,
  memorandum: 0,
  cooperation_programme: 0,
  road_map: 0,
  letter_of_intent: 1,
  letter: 2,
  visit: 2,
  event: 2,
  other: 2,
};

export const PROJECT_STATUSES = [
  'planned',
  'signed',
  'under_construction',
  'operating',
  'opened',
  'completed',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const TRADE_SCOPES = ['country', 'region', 'city'] as const;
export const TRADE_FLOWS = ['total', 'by_export', 'by_import'] as const;
export type TradeFlow = (typeof TRADE_FLOWS)[number];
export const TRADE_PERIOD_KINDS = ['year', 'half', 'quarter', 'months'] as const;
export const CURRENCIES = ['USD', 'CNY'] as const;
