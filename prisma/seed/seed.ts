// `npm run db:seed` (and `prisma db seed`): load prisma/seed/data into DATABASE_URL.
import { createPrismaClient } from '../../lib/db-client';
import { loadSeedData } from './load';
import { seedDatabase } from './seed-database';

const db = createPrismaClient();
try {
  const report = await seedDatabase(db, loadSeedData());
  console.log(
    `Seeded: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.removed} removed, ${report.kept} kept as editors changed them.`,
  );
} finally {
  await db.$disconnect();
}
