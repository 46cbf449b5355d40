import Link from 'next/link';
import type { PackageDoc } from '@/core/documents/types';
import { RenderedHtml } from '@/components/ui/rendered-html';
import { SnippetList } from '@/components/ui/snippet-list';
import { packageSnippets } from '@/lib/install-snippets';
import { packagePath } from '@/lib/urls';
import { PackageFlagBadges } from './package-flags';
import { PackageMeta } from './package-meta';

/** One package in the results: name, version, badges, description; details expand in place. */
export function PackageCard({ pkg, channel }: { pkg: PackageDoc; channel: string }) {
  const href = packagePath(channel, pkg.attrPath);
  return (
    <article className="rounded border border-transparent px-2 py-2 focus-within:border-sky-300 hover:bg-zinc-50 dark:focus-within:border-sky-800 dark:hover:bg-zinc-900/60">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <h2 className="min-w-0 break-all font-mono text-[0.95rem] font-semibold">
          <Link
            href={href}
            prefetch={false}
            data-result-link
            className="text-sky-800 hover:underline focus-visible:rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-sky-300"
          >
            {pkg.attrPath}
          </Link>
        </h2>
        {pkg.version ? <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{pkg.version}</span> : null}
        <PackageFlagBadges flags={pkg.flags} />
      </div>
      {pkg.description ? <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">{pkg.description}</p> : null}
      <details className="group mt-1">
        <summary className="inline-block cursor-pointer select-none rounded text-xs text-zinc-500 hover:text-zinc-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-zinc-400 dark:hover:text-zinc-100">
          <span className="group-open:hidden">▸ Details and install</span>
          <span className="hidden group-open:inline">▾ Hide details</span>
        </summary>
        <div className="mt-2 grid gap-4 border-l-2 border-zinc-200 pl-3 lg:grid-cols-[1fr_22rem] dark:border-zinc-700">
          <div className="min-w-0 space-y-2">
            {pkg.longDescription ? <RenderedHtml text={pkg.longDescription} className="text-sm" /> : null}
            <PackageMeta pkg={pkg} />
          </div>
          <SnippetList snippets={packageSnippets(pkg)} />
        </div>
      </details>
    </article>
  );
}
