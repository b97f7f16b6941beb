import Database from 'better-sqlite3';

/** Every row of every table (migrations bookkeeping aside), for comparing two states. */
export function snapshotDatabase(file: string): Record<string, unknown[]> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
      )
      .all() as { name: string; sql: string | null }[];
    // FTS5 shadow tables such as agreement_search_config are WITHOUT ROWID: order those by content.
    const rows = ({ name, sql }: { name: string; sql: string | null }) =>
      /WITHOUT ROWID/i.test(sql ?? '')
        ? (sqlite.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()
        : sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    return Object.fromEntries(tables.map((table) => [table.name, rows(table)]));
  } finally {
    sqlite.close();
  }
}
