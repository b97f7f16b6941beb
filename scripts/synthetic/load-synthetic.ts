/**
 * Builds a separate SQLite file with the real seed plus synthetic pairings (10,000 by
 * default) for measuring the map at scale. Never touches prisma/dev.db:
 *
 *   npx tsx scripts/synthetic/load-synthetic.ts [--out bench/.tmp/synthetic.db] [--pairings 10000] [--size large]
 *   npm run db:synthetic -- --size large    (2,000 places, 20,000 pairings, ~100,000 agreements)
 *
 * Synthetic places are localities at random points inside rough boxes of Belarus and
 * eastern China, in a real first-level region so region filters work; pairings get a
 * stage, type, partial date, fields and one or two agreements. Deterministic (seeded).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createPrismaClient } from '../../lib/db-client';
import { COOPERATION_FIELDS, PAIRING_TYPES } from '../../lib/domain/vocabulary';
import { loadSeedData } from '../../prisma/seed/load';
import { seedDatabase } from '../../prisma/seed/seed-database';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const DEFAULT_SYNTHETIC_DB = path.join(ROOT, 'bench/.tmp/synthetic.db');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Small deterministic PRNG (mulberry32): the same file every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How much synthetic data next to the seed: localities per country, agreements per pairing (min + up to span-1). */
export type SyntheticShape = { places: { BY: number; CN: number }; agreements: { min: number; span: number } };
const DEFAULT_SHAPE: SyntheticShape = { places: { BY: 160, CN: 260 }, agreements: { min: 1, span: 2 } };

/**
 * Named sizes for `--size`. `large` is issue 10's scale target: ≈ 2,000 places (1,900
 * synthetic localities + the seed), 20,000 pairings, ≈ 100,000 agreements (4–6 each; measured: 2,002 places, 97,662 agreements, 30 s).
 */
export const SYNTHETIC_SIZES: Record<string, { pairings: number; shape: SyntheticShape }> = {
  default: { pairings: 10_000, shape: DEFAULT_SHAPE },
  large: { pairings: 20_000, shape: { places: { BY: 760, CN: 1_140 }, agreements: { min: 4, span: 3 } } },
};

export async function buildSyntheticDatabase(file: string, pairingTarget: number, shape: SyntheticShape = DEFAULT_SHAPE) {
  const resolved = path.resolve(file);
  if (resolved === path.join(ROOT, 'prisma/dev.db')) throw new Error('Refusing to write synthetic data into prisma/dev.db');
  mkdirSync(path.dirname(resolved), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${resolved}${suffix}`, { force: true });
  const migrate = spawnSync(
    process.execPath,
    ['--experimental-wasm-modules', '--no-warnings', path.join(ROOT, 'scripts/db/migrate.mjs'), `file:${resolved}`],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (migrate.status !== 0) throw new Error(`Migration failed:\n${migrate.stdout}${migrate.stderr}`);
  const prisma = createPrismaClient(`file:${resolved}`);
  try {
    await seedDatabase(prisma, loadSeedData());
  } finally {
    await prisma.$disconnect();
  }

  const sqlite = new Database(resolved);
  const rand = random(20231107);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const now = new Date().toISOString();
  const regions = (country: string) =>
    sqlite.prepare(`SELECT id FROM Place WHERE country = ? AND tier = 'region' AND deletedAt IS NULL`).all(country) as { id: number }[];
  const boxes = { BY: { lat: [51.6, 55.7], lon: [24.2, 31.2] }, CN: { lat: [22.5, 45], lon: [100, 122] } } as const;
  const insertPlace = sqlite.prepare(
    `INSERT INTO Place (slug, country, tier, level, regionId, nameEn, lat, lon, coordNote, updatedAt)
     VALUES (?, ?, 'locality', ?, ?, ?, ?, ?, 'synthetic', ?)`,
  );
  const insertName = sqlite.prepare(`INSERT INTO PlaceName (placeId, name, lang, kind) VALUES (?, ?, 'en', 'official')`);
  const insertPairing = sqlite.prepare(
    `INSERT INTO Pairing (slug, byPlaceId, cnPlaceId, type, stage, establishedDate, establishedPrecision, establishedYear, summary, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Synthetic pairing for benchmarks.', ?)`,
  );
  const insertField = sqlite.prepare(`INSERT OR IGNORE INTO PairingField (pairingId, field) VALUES (?, ?)`);
  const insertAgreement = sqlite.prepare(
    `INSERT INTO Agreement (pairingId, kind, date, datePrecision, dateYear, title, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const stageWeights: [string, number][] = [
    ['established', 0.6],
    ['approved', 0.08],
    ['letter_of_intent', 0.2],
    ['in_contact', 0.1],
    ['suspended', 0.02],
  ];
  const stage = () => {
    let r = rand();
    for (const [name, weight] of stageWeights) if ((r -= weight) < 0) return name;
    return 'established';
  };
  const partialDate = () => {
    const year = 1992 + Math.floor(rand() * 34);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const r = rand();
    if (r < 0.1) return null;
    if (r < 0.35) return { date: String(year), precision: 'year', year };
    if (r < 0.55) return { date: `${year}-${month}`, precision: 'month', year };
    return { date: `${year}-${month}-${day}`, precision: 'day', year };
  };

  const load = sqlite.transaction(() => {
    const places: Record<'BY' | 'CN', number[]> = { BY: [], CN: [] };
    for (const country of ['BY', 'CN'] as const) {
      const existing = sqlite.prepare(`SELECT id FROM Place WHERE country = ? AND deletedAt IS NULL AND lat IS NOT NULL`).all(country) as { id: number }[];
      places[country].push(...existing.map((row) => row.id));
      const regionIds = regions(country).map((row) => row.id);
      const count = shape.places[country];
      for (let i = 1; i <= count; i += 1) {
        const name = `Synthetic ${country === 'BY' ? 'Belarusian' : 'Chinese'} place ${i}`;
        const box = boxes[country];
        const lat = box.lat[0] + rand() * (box.lat[1] - box.lat[0]);
        const lon = box.lon[0] + rand() * (box.lon[1] - box.lon[0]);
        const level = country === 'BY' ? pick(['city', 'district', 'town']) : pick(['prefecture_city', 'county', 'district', 'county_city']);
        const id = Number(insertPlace.run(`synthetic-${country.toLowerCase()}-${i}`, country, level, pick(regionIds), name, lat, lon, now).lastInsertRowid);
        insertName.run(id, name);
        places[country].push(id);
      }
    }
    const taken = new Set(
      (sqlite.prepare(`SELECT byPlaceId, cnPlaceId FROM Pairing`).all() as { byPlaceId: number; cnPlaceId: number }[]).map(
        (row) => `${row.byPlaceId}:${row.cnPlaceId}`,
      ),
    );
    let created = 0;
    const target = pairingTarget - taken.size;
    while (created < target) {
      const by = pick(places.BY);
      const cn = pick(places.CN);
      if (taken.has(`${by}:${cn}`)) continue;
      taken.add(`${by}:${cn}`);
      const date = partialDate();
      const id = Number(
        insertPairing.run(`synthetic-${by}--${cn}`, by, cn, pick(PAIRING_TYPES), stage(), date?.date ?? null, date?.precision ?? null, date?.year ?? null, now)
          .lastInsertRowid,
      );
      for (let f = 0; f < 1 + Math.floor(rand() * 3); f += 1) insertField.run(id, pick(COOPERATION_FIELDS));
      for (let a = 0; a < shape.agreements.min + Math.floor(rand() * shape.agreements.span); a += 1) {
        const when = partialDate();
        insertAgreement.run(id, pick(['letter', 'memorandum', 'twinning_agreement', 'visit'] as const), when?.date ?? null, when?.precision ?? null, when?.year ?? null, 'Synthetic milestone', now);
      }
      created += 1;
    }
  });
  load();
  const counts = sqlite.prepare(`SELECT (SELECT count(*) FROM Pairing) AS pairings, (SELECT count(*) FROM Place) AS places, (SELECT count(*) FROM Agreement) AS agreements`).get();
  sqlite.close();
  return counts as { pairings: number; places: number; agreements: number };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = option('out') ?? DEFAULT_SYNTHETIC_DB;
  const size = SYNTHETIC_SIZES[option('size') ?? 'default'];
  if (!size) throw new Error(`--size is one of: ${Object.keys(SYNTHETIC_SIZES).join(', ')}`);
  const pairings = Number(option('pairings') ?? size.pairings);
  const started = performance.now();
  buildSyntheticDatabase(out, pairings, size.shape).then(
    (counts) =>
      console.log(
        `Synthetic database ${path.relative(process.cwd(), out)}: ${counts.pairings} pairings, ${counts.places} places, ${counts.agreements} agreements (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      ),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
