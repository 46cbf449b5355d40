/**
 * The badge endpoint: looks the package up and draws its version; unknown channel or
 * package → a grey "not found" badge with status 404; engine down → a 503 badge.
 */
import 'server-only';
import { EngineUnavailableError, UnknownChannelError } from '@/core/search/errors';
import { BADGE_COLORS, renderBadge, type BadgeSpec } from './badge';
import { getPackage, resolveChannel } from './engine';

function svg(spec: BadgeSpec, status: number, maxAge: number): Response {
  return new Response(renderBadge(spec), {
    status,
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': `public, max-age=${maxAge}`,
      // An SVG opened directly must not run anything, whatever text it holds.
      'Content-Security-Policy': "default-src 'none'",
      'Access-Control-Allow-Origin': '*',
    },
  });
}

/** Response for `/badge/<channel>/<file>`. */
export async function badgeResponse(channelId: string, file: string): Promise<Response> {
  const label = channelId.slice(0, 60);
  if (!file.endsWith('.svg') || file.length <= 4) return svg({ label, value: 'not found', color: BADGE_COLORS.missing }, 404, 60);
  const attrPath = file.slice(0, -4);
  try {
    const { channel } = await resolveChannel(channelId);
    const doc = await getPackage(channel.id, attrPath);
    if (!doc) return svg({ label: channel.id, value: 'not found', color: BADGE_COLORS.missing }, 404, 300);
    const color = doc.flags.broken ? BADGE_COLORS.broken : BADGE_COLORS.version;
    return svg({ label: channel.id, value: doc.version || 'unversioned', color }, 200, 3600);
  } catch (error) {
    if (error instanceof UnknownChannelError) return svg({ label, value: 'unknown channel', color: BADGE_COLORS.missing }, 404, 300);
    if (!(error instanceof EngineUnavailableError)) console.error('[nixsearch] badge failed:', error);
    return svg({ label, value: 'unavailable', color: BADGE_COLORS.missing }, 503, 0);
  }
}
