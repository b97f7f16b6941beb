import { z } from 'zod';

// Zod 4 probes for `new Function` to compile fast parsers; our CSP forbids eval
// (lib/security/headers.ts), so the probe would report a violation on every page.
// Runs before the app hydrates (Next's instrumentation-client), so before any parse.
z.config({ jitless: true });
