/**
 * Runs once when the server starts: loads the engine module so that its health probe is in
 * place before the first request (proxy.ts answers pages with a 503 while the engine is down).
 * The engine itself is still created lazily, on first use.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./lib/engine');
}
