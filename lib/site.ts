/**
 * Site-wide helpers that need configuration but not the engine (canonical origin). Reading
 * configuration never throws here: a broken environment is reported by the engine module
 * as "unavailable", and pages still render.
 */
import 'server-only';
import { headers } from 'next/headers';
import { readConfig, type AppConfig } from '@/core/config';
import { siteOrigin } from './urls';

let cached: AppConfig | null | undefined;

/** The configuration, or null when the environment is invalid. */
export function siteConfigOrNull(): AppConfig | null {
  if (cached === undefined) {
    try {
      cached = readConfig();
    } catch {
      cached = null;
    }
  }
  return cached;
}

/** Absolute URL of a path on this site (canonical links, sitemap, OpenSearch). */
export async function absoluteUrl(path: string): Promise<string> {
  return `${siteOrigin(siteConfigOrNull()?.siteUrl, await headers())}${path}`;
}
