/**
 * The `NEXT_PUBLIC_*` variables (lib/env.ts holds the rest). Next inlines these at
 * build time only when written out as `process.env.NEXT_PUBLIC_…`, so they are read
 * here literally, once, and client components import them from this module.
 */
export const publicEnv = {
  /** Optional raster tile layer under the map (`https://…/{z}/{x}/{y}.png`); off when unset. */
  tileUrl: process.env.NEXT_PUBLIC_TILE_URL || undefined,
  tileAttribution: process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? '',
} as const;
