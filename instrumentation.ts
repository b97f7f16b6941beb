/**
 * Runs once when the server starts (Next's instrumentation hook): a server that cannot
 * serve from its database or is misconfigured stops here with one clear line instead
 * of saying "Ready" and answering 500s (lib/startup-check.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { checkDatabaseServer, checkStartup, startupWarnings, StartupError } = await import('./lib/startup-check');
  try {
    await checkDatabaseServer(checkStartup());
  } catch (error) {
    console.error(`\n[atlas] Refusing to start: ${error instanceof StartupError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  for (const warning of startupWarnings()) console.warn(`[atlas] Warning: ${warning}`);
}
