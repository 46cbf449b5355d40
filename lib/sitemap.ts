/**
 * sitemap.xml: a sitemap index pointing at one file per channel, kind and slice of 1,000
 * documents (sorted by name). Bounded on purpose: at most SEARCH_LIMITS.maxWindow documents
 * per channel and kind (the engine's result window), so a crawler can never make the site
 * enumerate an unbounded set.
 */
import 'server-only';
import { OPTION_SETS, type OptionSetId } from '@/core/documents/types';
import { SEARCH_LIMITS, type ChannelInfo } from '@/core/search/types';
import { escapeMarkup } from './escape';
import { listChannels, search } from './engine';
import { optionPath, packagePath } from './urls';

/** Documents per sitemap file. */
export const SITEMAP_CHUNK = 1000;
const MAX_CHUNKS = Math.ceil(SEARCH_LIMITS.maxWindow / SITEMAP_CHUNK);

/** One sitemap file: which channel, kind (and option set) and slice. */
export interface SitemapPart {
  channel: string;
  kind: 'packages' | 'options';
  set?: OptionSetId;
  index: number;
}

/** File name of a part: `<channel>.packages.<n>.xml` or `<channel>.options.<set>.<n>.xml`. */
export function partFileName(p: SitemapPart): string {
  return p.kind === 'packages' ? `${p.channel}.packages.${p.index}.xml` : `${p.channel}.options.${p.set}.${p.index}.xml`;
}

/** Parse a part's file name (null when it is not one). */
export function parsePartFileName(name: string): SitemapPart | null {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*?)\.(packages|options)(?:\.([a-z-]+))?\.(\d{1,3})\.xml$/.exec(name);
  if (!m) return null;
  const [, channel = '', kind, set, index] = m;
  if (kind === 'packages' && set === undefined) return { channel, kind, index: Number(index) };
  if (kind === 'options' && OPTION_SETS.includes(set as OptionSetId)) return { channel, kind, set: set as OptionSetId, index: Number(index) };
  return null;
}

function partsOf(c: ChannelInfo): SitemapPart[] {
  const chunks = (n: number) => Math.min(Math.ceil(n / SITEMAP_CHUNK), MAX_CHUNKS);
  const parts: SitemapPart[] = [];
  for (let i = 0; i < chunks(c.counts.packages); i++) parts.push({ channel: c.id, kind: 'packages', index: i });
  for (const set of OPTION_SETS) for (let i = 0; i < chunks(c.counts.options[set] ?? 0); i++) parts.push({ channel: c.id, kind: 'options', set, index: i });
  return parts;
}

/** The sitemap index document. */
export async function sitemapIndex(origin: string): Promise<string> {
  const channels = await listChannels();
  const locs = [`${origin}/sitemaps/pages.xml`, ...channels.flatMap(partsOf).map((p) => `${origin}/sitemaps/${partFileName(p)}`)];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs
    .map((l) => `<sitemap><loc>${escapeMarkup(l)}</loc></sitemap>`)
    .join('\n')}\n</sitemapindex>\n`;
}

function urlset(urls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((u) => `<url><loc>${escapeMarkup(u)}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
}

/** One sitemap file, or null when there is no such part. */
export async function sitemapPart(origin: string, fileName: string): Promise<string | null> {
  if (fileName === 'pages.xml') return urlset([`${origin}/packages`, `${origin}/options`]);
  const part = parsePartFileName(fileName);
  if (!part) return null;
  const channel = (await listChannels()).find((c) => c.id === part.channel);
  if (!channel || !partsOf(channel).some((p) => partFileName(p) === fileName)) return null;
  const urls: string[] = [];
  for (let from = part.index * SITEMAP_CHUNK; from < (part.index + 1) * SITEMAP_CHUNK; from += SEARCH_LIMITS.maxPageSize) {
    const base = { channel: channel.id, query: '', sort: 'name' as const, from, size: SEARCH_LIMITS.maxPageSize };
    const hits =
      part.kind === 'packages'
        ? (await search({ ...base, kind: 'package', filters: {} })).hits.map((h) => packagePath(channel.id, h.doc.attrPath))
        : (await search({ ...base, kind: 'option', filters: { optionSet: [part.set ?? 'nixos'] } })).hits.map((h) => optionPath(channel.id, h.doc.optionSet, h.doc.name));
    urls.push(...hits.map((p) => `${origin}${p}`));
    if (hits.length < SEARCH_LIMITS.maxPageSize) break;
  }
  return urlset(urls);
}
