import { afterEach, describe, expect, it } from 'vitest';
import { findReferenceProblems, loadSeedData, SeedDataError, type SeedData } from '@/prisma/seed/load';
import { seedDatabase } from '@/prisma/seed/seed-database';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { snapshotDatabase } from '../helpers/snapshot';

let current: TestDatabase | undefined;
afterEach(async () => {
  await current?.cleanup();
  current = undefined;
});

describe('the seed', () => {
  const seed = loadSeedData();

  it('is valid and consistent', () => {
    expect(findReferenceProblems(seed)).toEqual([]);
    expect(seed.pairings.length).toBeGreaterThanOrEqual(60);
  });

  it('is idempotent: a second run changes nothing', async () => {
    current = createTestDatabase('empty');
    const first = await seedDatabase(current.db, seed);
    expect(first.created).toBeGreaterThan(0);
    const afterFirst = snapshotDatabase(current.file);

    const second = await seedDatabase(current.db, seed);
    expect(second).toEqual({ created: 0, updated: 0, unchanged: first.created, removed: 0, kept: 0 });
    expect(snapshotDatabase(current.file)).toEqual(afterFirst);
  });

  it('loads every record of the seed files', async () => {
    current = createTestDatabase('empty');
    await seedDatabase(current.db, seed);
    const { db } = current;
    expect(await db.source.count()).toBe(seed.sources.length);
    expect(await db.place.count()).toBe(seed.places.length);
    expect(await db.pairing.count()).toBe(seed.pairings.length);
    expect(await db.agreement.count()).toBe(seed.pairings.reduce((n, p) => n + p.agreements.length, 0));
    expect(await db.project.count()).toBe(seed.projects.length);
    expect(await db.tradeFigure.count()).toBe(seed.trade.length);
    // Every source URL of the seed files is kept.
    const urls = new Set((await db.source.findMany({ select: { url: true } })).map((s) => s.url));
    const seededUrls = seed.sources.flatMap((source) => (source.url ? [source.url] : []));
    expect(seededUrls.length).toBeGreaterThan(0);
    for (const url of seededUrls) expect(urls).toContain(url);
  });

  it('gives every record at least one source', async () => {
    current = createTestDatabase('empty');
    await seedDatabase(current.db, seed);
    const { db } = current;
    const none = { sources: { none: {} } };
    expect(await db.place.count({ where: none })).toBe(0);
    expect(await db.pairing.count({ where: none })).toBe(0);
    expect(await db.agreement.count({ where: none })).toBe(0);
    expect(await db.project.count({ where: none })).toBe(0);
    expect(await db.tradeFigure.count({ where: none })).toBe(0);
    expect(await db.placeFact.count({ where: none })).toBe(0);
  });

  it('updates a changed record in place and removes an agreement that left the files', async () => {
    current = createTestDatabase('empty');
    await seedDatabase(current.db, seed);
    const edited: SeedData = structuredClone(seed);
    const pairing = edited.pairings.find((p) => p.agreements.length > 1)!;
    pairing.summary = 'Edited summary';
    pairing.agreements.pop();
    const report = await seedDatabase(current.db, edited);
    expect(report.updated).toBe(1);
    expect(report.removed).toBe(1);
    const row = await current.db.pairing.findUniqueOrThrow({
      where: { slug: pairing.slug },
      include: { agreements: true },
    });
    expect(row.summary).toBe('Edited summary');
    expect(row.version).toBe(2);
    expect(row.agreements).toHaveLength(pairing.agreements.length);
  });

  it('never overwrites or removes a seeded record an editor has changed', async () => {
    current = createTestDatabase('empty');
    await seedDatabase(current.db, seed);
    const pairing = seed.pairings.find((p) => p.agreements.length > 1)!;
    const row = await current.db.pairing.findUniqueOrThrow({ where: { slug: pairing.slug }, include: { agreements: true } });
    await current.db.pairing.update({ where: { id: row.id }, data: { summary: 'Corrected by an editor', version: 2 } });
    const lastAgreement = row.agreements.at(-1)!;
    await current.db.auditEvent.createMany({
      data: [
        { entityType: 'pairing', entityId: row.id, action: 'update', before: '{}', after: '{}' },
        { entityType: 'agreement', entityId: lastAgreement.id, action: 'update', before: '{}', after: '{}' },
      ],
    });

    const edited: SeedData = structuredClone(seed);
    const target = edited.pairings.find((p) => p.slug === pairing.slug)!;
    target.summary = 'New seed summary';
    target.agreements = target.agreements.filter((a) => a.title !== lastAgreement.title);
    const report = await seedDatabase(current.db, edited);

    expect(report.kept).toBeGreaterThanOrEqual(1);
    expect(report.removed).toBe(0);
    const after = await current.db.pairing.findUniqueOrThrow({ where: { id: row.id }, include: { agreements: true } });
    expect(after.summary).toBe('Corrected by an editor');
    expect(after.agreements.map((a) => a.id)).toContain(lastAgreement.id);
  });

  it('refuses a reference to an unknown source and writes nothing', async () => {
    const broken: SeedData = structuredClone(seed);
    broken.pairings[0]!.sources = ['no-such-source'];
    expect(findReferenceProblems(broken)).toEqual([`pairing ${broken.pairings[0]!.slug}: unknown source no-such-source`]);

    current = createTestDatabase('empty');
    const before = snapshotDatabase(current.file);
    await expect(seedDatabase(current.db, broken)).rejects.toThrow(SeedDataError);
    expect(snapshotDatabase(current.file)).toEqual(before);
  });
});
