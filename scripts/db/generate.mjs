// `npm run db:generate`: `prisma generate` without Prisma's engine download. The CLI
// fetches the schema engine before generating unless PRISMA_SCHEMA_ENGINE_BINARY
// names an existing file; generation itself never runs it (migrations use the wasm
// engine, scripts/db/schema-engine.mjs).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? cli,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
process.exit(result.status ?? 1);
