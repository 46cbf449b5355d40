import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and server-only modules stay outside the bundle.
  serverExternalPackages: ['better-sqlite3', '@elastic/elasticsearch'],
  poweredByHeader: false,
};

export default nextConfig;
