/** XML responses of the sitemap routes: 404 for no such file, 503 when the engine is down. */
import 'server-only';

/** Run a producer; null → 404; a failure → 503 (the engine module already logged it). */
export async function xmlResponse(produce: () => Promise<string | null>): Promise<Response> {
  try {
    const body = await produce();
    if (body === null) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
  } catch {
    return new Response('Search is temporarily unavailable\n', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '30' } });
  }
}
