/**
 * Runs before every request but static files:
 * - a path with a malformed percent-escape is answered 400 here (Next.js would fail with a
 *   500 while decoding route parameters);
 * - pages get a fresh CSP nonce per request (Next.js applies it to its own inline and
 *   bundle scripts) and the policy on the response. API routes, badges and XML files are
 *   not pages: their fixed headers come from next.config.ts;
 * - while the search engine is down (lib/engine-probe.ts), pages get a 503 page.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce } from '@/lib/csp';
import { engineProbe } from '@/lib/engine-probe';
import { NOT_PAGES } from '@/lib/routes';
import { unavailableHtml } from '@/lib/unavailable-page';

function wellFormed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!wellFormed(pathname)) {
    return new NextResponse('Bad request: the address holds a malformed %-escape.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (NOT_PAGES.test(pathname)) return NextResponse.next();
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  // Engine down: a real 503 at once (pages render the same message themselves when the
  // engine fails between two probes, or before the engine module has loaded).
  const probe = engineProbe();
  if (probe && !(await probe().catch(() => false))) {
    return new NextResponse(unavailableHtml(nonce), {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp, 'Retry-After': '30', 'Cache-Control': 'no-store' },
    });
  }
  // Next.js takes the nonce for its scripts from the request's Content-Security-Policy.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
