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
    <article className="result">
      <div className="result-head">
        <h2 className="result-title">
          <a
            href={href}
            data-result-link
            className="result-link"
          >
            {pkg.attrPath}
          </a>
        </h2>
        {pkg.version ? <span className="result-sub">{pkg.version}</span> : null}
        <PackageFlagBadges flags={pkg.flags} />
      </div>
      {pkg.description ? <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">{pkg.description}</p> : null}
      <details className="group mt-1">
        <summary className="details-toggle">
          <span className="group-open:hidden">▸ Details and install</span>
          <span className="hidden group-open:inline">▾ Hide details</span>
        </summary>
        <div className="details-body grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="min-w-0 space-y-2">
            {pkg.longDescription ? <RenderedHtml text={pkg.longDescription} className="text-sm" /> : null}
            <PackageMeta pkg={pkg} compact />
          </div>
          <SnippetList snippets={packageSnippets(pkg)} highlight={false} />
        </div>
      </details>
    </article>
  );
}
