/**
 * Pure geometry of the map, shared by the Leaflet layer, its tests and the e2e test
 * that clicks an arc. Arcs are quadratic Bézier curves in *pixel* space (Web Mercator,
 * y pointing down), so a curve is the same shape at every zoom and its points can be
 * found from the two markers' positions on screen.
 */
export type Point = { x: number; y: number };

/** How far the curve's control point sits off the chord, as a share of its length. */
export const ARC_BEND = 0.2;

/** The control point: off the chord's midpoint, to the left of the direction a → b (north for a west → east arc). */
export function arcControlPoint(a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return { x: (a.x + b.x) / 2 + dy * ARC_BEND, y: (a.y + b.y) / 2 - dx * ARC_BEND };
}

export function quadraticPoint(a: Point, control: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * a.x + 2 * u * t * control.x + t * t * b.x,
    y: u * u * a.y + 2 * u * t * control.y + t * t * b.y,
  };
}

/** `segments + 1` points along the arc from a to b. */
export function arcPoints(a: Point, b: Point, segments = 16): Point[] {
  const control = arcControlPoint(a, b);
  return Array.from({ length: segments + 1 }, (_, i) => quadraticPoint(a, control, b, i / segments));
}

/** The arc's apex (t = ½): where a person (or a test) clicks it. */
export function arcMidpoint(a: Point, b: Point): Point {
  return quadraticPoint(a, arcControlPoint(a, b), b, 0.5);
}

type Ring = [number, number][];

/**
 * Country rings that cross the antimeridian (Russia's Chukotka, Fiji) come as lon
 * jumps from +179 to -179 and would draw a stripe across the map: when a ring spans
 * more than 180° of longitude, shift its western half by +360°.
 */
export function unwrapRing(ring: Ring): Ring {
  let min = Infinity;
  let max = -Infinity;
  for (const [lon] of ring) {
    if (lon < min) min = lon;
    if (lon > max) max = lon;
  }
  if (max - min <= 180) return ring;
  return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
}
