import { describe, expect, it } from 'vitest';
import { ARC_BEND, arcControlPoint, arcMidpoint, arcPoints, unwrapRing } from '@/lib/map/geometry';

describe('arcs', () => {
  it('start and end at the partners and bulge to the left of the direction of travel (north for west → east)', () => {
    const a = { x: 0, y: 100 };
    const b = { x: 200, y: 100 };
    const points = arcPoints(a, b, 8);
    expect(points).toHaveLength(9);
    expect(points[0]).toEqual(a);
    expect(points[8]).toEqual(b);
    expect(arcControlPoint(a, b)).toEqual({ x: 100, y: 100 - 200 * ARC_BEND });
    // The apex lies half-way to the control point, above the chord (smaller y).
    expect(arcMidpoint(a, b)).toEqual({ x: 100, y: 100 - 100 * ARC_BEND });
    expect(points[4]).toEqual(arcMidpoint(a, b));
  });

  it('keep their shape under scaling and translation (same curve at every zoom)', () => {
    const a = { x: 10, y: 40 };
    const b = { x: 90, y: 70 };
    const m = arcMidpoint(a, b);
    const scaled = arcMidpoint({ x: a.x * 4 + 7, y: a.y * 4 - 3 }, { x: b.x * 4 + 7, y: b.y * 4 - 3 });
    expect(scaled.x).toBeCloseTo(m.x * 4 + 7);
    expect(scaled.y).toBeCloseTo(m.y * 4 - 3);
  });
});

describe('unwrapRing', () => {
  it('shifts the western half of a ring that crosses the antimeridian', () => {
    const chukotka: [number, number][] = [
      [178, 65],
      [-178, 66],
      [-175, 64],
      [179, 63],
    ];
    expect(unwrapRing(chukotka)).toEqual([
      [178, 65],
      [182, 66],
      [185, 64],
      [179, 63],
    ]);
  });

  it('leaves ordinary rings alone', () => {
    const belarus: [number, number][] = [
      [23.5, 52],
      [32.7, 52],
      [30, 56],
    ];
    expect(unwrapRing(belarus)).toBe(belarus);
  });
});
