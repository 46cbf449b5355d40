/**
 * A health probe shared between the engine module and proxy.ts. The proxy must not import
 * the engine (it would bundle database drivers into the proxy), but both run in the same
 * Node.js process, so the engine module publishes a probe on globalThis and the proxy calls
 * it: when the engine is down, pages are answered with a real 503 before any rendering.
 */

/** Resolves to false when the search engine cannot serve (down, or nothing indexed). */
export type EngineProbe = () => Promise<boolean>;

const KEY = Symbol.for('nixsearch.engineProbe');

/** Publish the probe (called by lib/engine.ts when it loads). */
export function installEngineProbe(probe: EngineProbe): void {
  (globalThis as Record<symbol, unknown>)[KEY] = probe;
}

/** The published probe, if the engine module has loaded in this process. */
export function engineProbe(): EngineProbe | undefined {
  const probe = (globalThis as Record<symbol, unknown>)[KEY];
  return typeof probe === 'function' ? (probe as EngineProbe) : undefined;
}
