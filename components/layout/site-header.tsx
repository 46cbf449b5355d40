/* eslint-disable @next/next/no-html-link-for-pages -- plain anchors on purpose: components/layout/client-nav.tsx makes them client-side navigations */
import type { Theme } from '@/lib/theme';
import { ThemeToggle } from './theme-toggle';

const linkClass =
  'rounded px-1.5 py-1 text-sm font-medium sm:px-2 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white';

/**
 * Top bar: site name, the two searches, API link and theme toggle. Plain anchors: the one
 * click listener in ClientNav makes them client-side navigations (next/link would add its
 * own runtime to every page's JavaScript for nothing).
 */
export function SiteHeader({ theme }: { theme: Theme }) {
  return (
    <header className="border-b border-zinc-200 bg-white/90 dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-6xl items-center gap-1 px-3 py-2 sm:gap-2 sm:px-4">
        <a href="/packages" className="mr-1 flex items-center gap-1.5 font-semibold sm:mr-2 tracking-tight whitespace-nowrap text-zinc-900 dark:text-white">
          <span aria-hidden="true" className="text-sky-600 dark:text-sky-400">❄</span>
          Nix search
        </a>
        <nav aria-label="Main" className="flex items-center gap-1">
          <a href="/packages" className={linkClass}>
            Packages
          </a>
          <a href="/options" className={linkClass}>
            Options
          </a>
          <a href="/api/v1/openapi.json" className={linkClass}>
            API
          </a>
        </nav>
        <div className="ml-auto">
          <ThemeToggle initial={theme} />
        </div>
      </div>
    </header>
  );
}
