import { describe, expect, it } from 'vitest';
import { scopeToLive } from '@/lib/soft-delete/scope';

const livePlace = { deletedAt: null };
const livePairing = { deletedAt: null, byPlace: livePlace, cnPlace: livePlace };

describe('scopeToLive', () => {
  it('adds the live condition to the top-level where, keeping a unique key on top', () => {
    expect(scopeToLive('place', { where: { slug: 'minsk' } })).toEqual({ where: { slug: 'minsk', AND: [livePlace] } });
    expect(scopeToLive('pairing', undefined)).toEqual({ where: livePairing });
    expect(scopeToLive('agreement', { where: { AND: [{ kind: 'visit' }] } })).toEqual({
      where: { AND: [{ kind: 'visit' }, { deletedAt: null, pairing: livePairing }] },
    });
  });

  it('scopes rows without a lifecycle through their owner when read on their own', () => {
    expect(scopeToLive('placeName', { distinct: ['name'] })).toEqual({ distinct: ['name'], where: { place: livePlace } });
  });

  it('filters list relations at any depth of select/include and in _count; leaves single relations and owned rows alone', () => {
    const scoped = scopeToLive('place', {
      select: {
        names: true,
        region: { select: { slug: true } },
        sources: true,
        facts: { select: { sources: { where: { language: 'en' }, select: { id: true } } } },
        _count: { select: { byPairings: true } },
      },
    });
    expect(scoped.select).toEqual({
      names: true,
      region: { select: { slug: true } },
      sources: { where: { deletedAt: null } },
      facts: { select: { sources: { where: { language: 'en', AND: [{ deletedAt: null }] }, select: { id: true } } } },
      _count: { select: { byPairings: { where: livePairing } } },
    });
    expect(scopeToLive('pairing', { include: { agreements: { include: { sources: true } } } }).include).toEqual({
      agreements: { where: { deletedAt: null, pairing: livePairing }, include: { sources: { where: { deletedAt: null } } } },
    });
  });

  it('makes some/none/every relation filters count live rows only, through AND/OR/NOT and single relations', () => {
    const { where } = scopeToLive('place', {
      where: {
        OR: [{ byPairings: { some: {} } }, { region: { localities: { none: { tier: 'x' } } } }],
        NOT: { sources: { every: { language: 'en' } } },
      },
    });
    expect(where).toEqual({
      OR: [{ byPairings: { some: { AND: [livePairing] } } }, { region: { localities: { none: { tier: 'x', AND: [livePlace] } } } }],
      NOT: { sources: { every: { OR: [{ NOT: { deletedAt: null } }, { language: 'en' }] } } },
      AND: [livePlace],
    });
  });
});
