/**
 * Permalinks of packages and options, and the site's public base URL. Every link to a
 * document page is built here, so the encoding of names (option names may hold `<`, `>`,
 * quotes, `*`, even `/`) is decided in one place.
 */
import type { OptionSetId } from '@/core/documents/types';

/** Default option set of option pages (the one that needs no `?set=`). */
export const DEFAULT_OPTION_SET: OptionSetId = 'nixos';

/** Path of a package page: `/packages/<channel>/<attr>`. */
export function packagePath(channel: string, attrPath: string): string {
  return `/packages/${encodeURIComponent(channel)}/${encodeURIComponent(attrPath)}`;
}

/**
 * Path of an option page: `/options/<channel>/<name>`, plus `?set=home-manager` for options
 * outside the default set. Each character that is not safe in a path segment is
 * percent-encoded, `/` included, so the name is always one segment.
 */
export function optionPath(channel: string, optionSet: OptionSetId, name: string): string {
  const base = `/options/${encodeURIComponent(channel)}/${encodeURIComponent(name)}`;
  return optionSet === DEFAULT_OPTION_SET ? base : `${base}?set=${encodeURIComponent(optionSet)}`;
}

/** Path of a package's version badge. */
export function badgePath(channel: string, attrPath: string): string {
  return `/badge/${encodeURIComponent(channel)}/${encodeURIComponent(`${attrPath}.svg`)}`;
}

/**
 * A dynamic route parameter as text. Next.js hands pages behind the proxy their params
 * still percent-encoded (route handlers get them decoded), so decode here when the value
 * holds an escape; a malformed escape leaves the value as it is.
 */
export function decodeParam(value: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Rebuild a name from the segments of a catch-all route. */
export function nameFromSegments(segments: string[]): string {
  return segments.map(decodeParam).join('/');
}

/**
 * The site's public origin: the configured NIXSEARCH_SITE_URL, else derived from the
 * request's Host and X-Forwarded-Proto (fine behind a trusted proxy; set the variable in
 * production so canonical links never depend on request headers).
 */
export function siteOrigin(configured: string | undefined, headers: { get(name: string): string | null }): string {
  if (configured) return configured.replace(/\/+$/, '');
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  const safeHost = /^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : 'localhost';
  return `${proto === 'https' ? 'https' : 'http'}://${safeHost}`;
}
