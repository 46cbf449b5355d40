/**
 * Content-Security-Policy of the HTML pages. Scripts run only with the per-request nonce
 * (Next.js reads it from this header and puts it on its own scripts) or when loaded by such
 * a script ('strict-dynamic'); no inline event handlers, no plugins, no framing, no
 * third-party origins at all. Development adds what React's dev tooling needs.
 */

/** The policy for one request. */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self'${dev ? ` 'unsafe-inline'` : ` 'nonce-${nonce}'`}`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** A fresh nonce (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
