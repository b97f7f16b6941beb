import { describe, expect, it } from 'vitest';
import { exportFilename } from '@/lib/api/export-filename';

const day = new Date('2026-12-03T10:00:00Z');
const name = (query: string, ext: 'csv' | 'json' = 'csv') => exportFilename('pairings', new URLSearchParams(query), ext, day);

describe('exportFilename (issue 12, item 19)', () => {
  it('names the list, each filter and the day', () => {
    expect(name('cn=gansu&stage=established&format=csv')).toBe('pairings_cn-gansu_stage-established_2026-12-03.csv');
    expect(name('from=2015&to=2017&format=json', 'json')).toBe('pairings_from-2015_to-2017_2026-12-03.json');
    expect(name('format=csv')).toBe('pairings_all_2026-12-03.csv');
  });

  it('keeps only safe characters, and stays short', () => {
    expect(name('q=Minsk "2019"; rm -rf')).toBe('pairings_q-minsk-2019-rm-rf_2026-12-03.csv');
    expect(name('q=武威')).toBe('pairings_q_2026-12-03.csv');
    expect(name(`q=${'x'.repeat(500)}&stage=established`).length).toBeLessThan(160);
  });
});
