import { xmlResponse } from '@/lib/xml-response';
import { absoluteUrl } from '@/lib/site';
import { sitemapIndex } from '@/lib/sitemap';

/** Sitemap index (bounded; see lib/sitemap.ts). */
export async function GET(): Promise<Response> {
  return xmlResponse(async () => sitemapIndex(await absoluteUrl('')));
}
