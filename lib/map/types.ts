import type { PairingStage } from '@/lib/domain/vocabulary';

/**
 * What the client map receives: a compact, serialisable picture of the filtered
 * pairings (no Prisma types, nothing the map does not draw).
 */
export type MapPlace = {
  slug: string;
  country: 'BY' | 'CN';
  tier: 'region' | 'locality';
  lat: number;
  lon: number;
  /** Name in the UI language. */
  name: string;
  /** Name in the place's own language when it differs. */
  original: string | null;
};

export type MapArc = {
  slug: string;
  /** Indexes into `places`. */
  by: number;
  cn: number;
  stage: PairingStage;
};

export type MapData = {
  /** Canonical filter query the data was built for: the map redraws only when it changes. */
  key: string;
  places: MapPlace[];
  arcs: MapArc[];
  /** Filtered pairings that cannot be drawn because a partner has no coordinates. */
  unplaced: number;
};
