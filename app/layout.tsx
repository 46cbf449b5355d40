import type { Metadata, Viewport } from 'next';
import { cookies, headers } from 'next/headers';
import { ClientNav } from '@/components/layout/client-nav';
import { CopyHandler } from '@/components/layout/copy-handler';
import { SiteHeader } from '@/components/layout/site-header';
import { siteConfigOrNull } from '@/lib/site';
import { parseTheme, THEME_COOKIE } from '@/lib/theme';
import { siteOrigin } from '@/lib/urls';
import './globals.css';

/** Site-wide metadata; pages set their own title, description and canonical URL. */
export async function generateMetadata(): Promise<Metadata> {
  const origin = siteOrigin(siteConfigOrNull()?.siteUrl, await headers());
  return {
    metadataBase: new URL(origin),
    title: { default: 'Nix search', template: '%s · Nix search' },
    description: 'Search nixpkgs packages and NixOS and Home Manager options, per channel.',
    openGraph: { siteName: 'Nix search', type: 'website' },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme}>
      <head>
        <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="Nix packages" />
      </head>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow dark:focus:bg-zinc-900"
        >
          Skip to content
        </a>
        <SiteHeader theme={theme} />
        <main id="main" className="mx-auto max-w-6xl px-3 py-4 sm:px-4">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-3 py-6 text-xs text-zinc-500 sm:px-4 dark:text-zinc-400">
          Data from nixpkgs, NixOS and Home Manager. <a className="underline" href="/api/v1/openapi.json">JSON API</a> ·{' '}
          <a className="underline" href="/sitemap.xml">Sitemap</a>
        </footer>
        <ClientNav />
        <CopyHandler />
      </body>
    </html>
  );
}
