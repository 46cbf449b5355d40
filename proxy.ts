/**
 * Runs before every request but static files:
 * - a path with a malformed percent-escape is answered 400 here (Next.js would fail with a
 *   500 while decoding route parameters);
 * - pages get a fresh CSP nonce per request (Next.js applies it to its own inline and
 *   bundle scripts) and the policy on the response. API routes, badges and XML files are
 *   not pages: their fixed headers come from next.config.ts.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce } from '@/lib/csp';

const NOT_PAGES = /^\/(api|badge|sitemaps)\/|^\/(opensearch|sitemap)\.xml$/;

function wellFormed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
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
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
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
