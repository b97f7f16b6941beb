import { describe, expect, it } from 'vitest';
import messages from '@/lib/i18n/messages/en.json';
import { isCurrentNav, SITE_NAV } from '@/lib/navigation/site-nav';

const current = (pathname: string) => SITE_NAV.filter((item) => isCurrentNav(pathname, item)).map((item) => item.href);

describe('site navigation', () => {
  it('marks exactly one section current, sub-pages included', () => {
    expect(current('/')).toEqual(['/']);
    expect(current('/timeline')).toEqual(['/timeline']);
    expect(current('/projects/great-stone')).toEqual(['/projects']);
    expect(current('/agreements/')).toEqual(['/agreements']);
    expect(current('/admin/pairings/3')).toEqual(['/admin']);
  });

  it('marks nothing on pages outside the header (and never the home page for them)', () => {
    expect(current('/places/minsk')).toEqual([]);
    expect(current('/trade-figures')).toEqual([]);
  });

  it('has a catalogue entry for every label', () => {
    expect(SITE_NAV.length).toBe(7);
    const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
    for (const item of SITE_NAV) expect(typeof lookup(item.label), item.label).toBe('string');
  });
});
