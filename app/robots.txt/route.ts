import { absoluteUrl } from '@/lib/site';

/** robots.txt: everything may be crawled but the API; the sitemap lists the document pages. */
export async function GET(): Promise<Response> {
  const body = `User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${await absoluteUrl('/sitemap.xml')}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } });
}
