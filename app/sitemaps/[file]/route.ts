import { xmlResponse } from '@/lib/xml-response';
import { absoluteUrl } from '@/lib/site';
import { sitemapPart } from '@/lib/sitemap';

/** One file of the sitemap. */
export async function GET(_request: Request, ctx: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await ctx.params;
  return xmlResponse(async () => sitemapPart(await absoluteUrl(''), file));
}
