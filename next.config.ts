import type { NextConfig } from 'next';
import { NON_PAGE_DIRS, NON_PAGE_FILES } from './lib/routes';

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

/** Non-page routes (lib/routes.ts) whose handlers set no CSP; badges set their own (lib/badge-route.ts). */
const lockedDownSources = [
  ...NON_PAGE_DIRS.filter((dir) => dir !== 'badge').map((dir) => `/${dir}/:path*`),
  ...NON_PAGE_FILES.map((file) => `/${file}`),
];

const nextConfig: NextConfig = {
  // Native and server-only modules stay outside the bundle.
  serverExternalPackages: ['better-sqlite3', '@elastic/elasticsearch'],
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...lockedDownSources.map((source) => ({ source, headers: lockedDownCsp })),
    ];
  },
};

export default nextConfig;
