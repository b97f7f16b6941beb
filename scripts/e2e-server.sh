#!/usr/bin/env bash
# Serves the built app for Playwright on a fresh, migrated and seeded database.
set -euo pipefail
port="${1:-3100}"
db_file="${DATABASE_URL#file:}"
mkdir -p "$(dirname "$db_file")"
rm -f "$db_file" "$db_file-wal" "$db_file-shm" "$db_file-journal"
npm run -s db:migrate
npm run -s db:seed
PORT="$port" HOSTNAME=127.0.0.1 NODE_ENV=production exec node server.mjs
