// From zod's core only: `import { z } from 'zod'` put all of zod into every page's first load.
import { config } from 'zod/v4/core';

// Zod 4 probes for `new Function` to compile fast parsers; our CSP forbids eval
// (lib/security/headers.ts), so the probe would report a violation on every page.
// Runs before the app hydrates (Next's instrumentation-client), so before any parse.
config({ jitless: true });
