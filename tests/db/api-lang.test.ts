import { describe, expect, it } from 'vitest';
import { GET as agreementsGET } from '@/app/api/v1/agreements/route';
import { GET as pairingGET } from '@/app/api/v1/pairings/[slug]/route';
import { GET as projectsGET } from '@/app/api/v1/projects/route';
import { agreementSchema, errorSchema, pageOf, pairingSchema, projectSchema } from '@/lib/api/responses';

const req = (path: string) => new Request(`http://localhost/api/v1${path}`);
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe('/api/v1 text in every language, and lang=', () => {
  it('a pairing carries its summary in every language, each translation marked, and no display fields without lang', async () => {
    const response = await pairingGET(req('/pairings/novogrudok-district--dunhuang'), slugParams('novogrudok-district--dunhuang'));
    const body = pairingSchema.parse(await response.json());
    expect(body.i18n.summary.en).toBe(body.summary);
    expect(body.i18n.summary.zh).toContain('敦煌');
    expect(body.i18n.summary.translatedBy).toEqual({ ru: 'machine-assisted', be: 'machine-assisted', zh: 'machine-assisted' });
    expect(body.display).toBeUndefined();
    expect(body.by.displayName).toBeUndefined();
  });

  it('lang=zh adds displayName per place and the Chinese text; lang=be falls back to Russian names', async () => {
    const zh = pairingSchema.parse(await (await pairingGET(req('/pairings/novogrudok-district--dunhuang?lang=zh'), slugParams('novogrudok-district--dunhuang'))).json());
    expect(zh.by.displayName).toBe('新格鲁多克区');
    expect(zh.cn.displayName).toBe('敦煌市');
    expect(zh.display?.summary).toBe(zh.i18n.summary.zh);
    const be = pageOf(agreementSchema).parse(await (await agreementsGET(req('/agreements?q=Dunhuang&lang=be'))).json());
    const item = be.items[0]!;
    expect(item.pairing.by.displayName).toBe('Навагрудскі раён');
    expect(item.pairing.cn.displayName).toBe('Дуньхуан'); // no Belarusian name stored: the Russian one
    expect(item.display?.title).toBe(item.i18n.title.be);
  });

  it('lang works on endpoints with strict parameters too, and a bad lang is a 400 naming it', async () => {
    const projects = pageOf(projectSchema).parse(await (await projectsGET(req('/projects?lang=ru'))).json());
    expect(projects.items.every((p) => typeof p.displayName === 'string')).toBe(true);
    const bad = await agreementsGET(req('/agreements?lang=fr'));
    expect(bad.status).toBe(400);
    expect(errorSchema.parse(await bad.json()).errors?.map((e) => e.parameter)).toEqual(['lang']);
  });
});
