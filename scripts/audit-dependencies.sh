#!/usr/bin/env bash
# npm's advisory database: fail on a high or critical advisory in what the app ships
# (--omit=dev). On machines whose registry answers the audit endpoint with an error
# (this project's machines: "405 Method Not Allowed") there is nothing to check, so
# say so and go on; docs/security.md keeps a dated manual review for that case.
set -uo pipefail
out=$(npm audit --omit=dev --audit-level=high 2>&1)
rc=$?
if grep -qE 'audit endpoint returned an error|405 Method Not Allowed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED' <<<"$out"; then
  echo "npm audit: no advisory database reachable from this machine; skipped (see docs/security.md, 'Dependency review')."
  exit 0
fi
printf '%s\n' "$out"
exit "$rc"
