import type { NextConfig } from 'next';

/** Headers on every response (the pages' Content-Security-Policy, with its nonce, comes from proxy.ts). */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Responses that are not pages (JSON, XML, SVG) never need scripts, styles or frames. */
const lockedDownCsp = [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }];

const nextConfig: NextConfig = {
  // Native and server-only modules stay outside the bundle.
  serverExternalPackages: ['better-sqlite3', '@elastic/elasticsearch'],
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: lockedDownCsp },
      { source: '/opensearch.xml', headers: lockedDownCsp },
      { source: '/sitemap.xml', headers: lockedDownCsp },
      { source: '/sitemaps/:path*', headers: lockedDownCsp },
      { source: '/robots.txt', headers: lockedDownCsp },
    ];
  },
};

export default nextConfig;
