import Link from 'next/link';
import type { OptionDoc } from '@/core/documents/types';
import { Badge } from '@/components/ui/badge';
import { RenderedHtml } from '@/components/ui/rendered-html';
import { SnippetList } from '@/components/ui/snippet-list';
import { optionUsageSnippet } from '@/lib/install-snippets';
import { optionPath } from '@/lib/urls';
import { OptionMeta } from './option-meta';

/** One option in the results: name, type, description; default, example and more expand in place. */
export function OptionCard({ option, channel }: { option: OptionDoc; channel: string }) {
  return (
    <article className="rounded border border-transparent px-2 py-2 focus-within:border-sky-300 hover:bg-zinc-50 dark:focus-within:border-sky-800 dark:hover:bg-zinc-900/60">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <h2 className="min-w-0 break-all font-mono text-[0.95rem] font-semibold">
          <Link
            href={optionPath(channel, option.optionSet, option.name)}
            prefetch={false}
            data-result-link
            className="text-sky-800 hover:underline focus-visible:rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-sky-300"
          >
            {option.name}
          </Link>
        </h2>
        {option.type ? <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{option.type}</span> : null}
        {option.readOnly ? <Badge tone="zinc">read-only</Badge> : null}
      </div>
      <RenderedHtml text={option.description} className="mt-0.5 line-clamp-3 text-sm text-zinc-700 dark:text-zinc-300" />
      <details className="group mt-1">
        <summary className="inline-block cursor-pointer select-none rounded text-xs text-zinc-500 hover:text-zinc-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-zinc-400 dark:hover:text-zinc-100">
          <span className="group-open:hidden">▸ Default, example, declaration</span>
          <span className="hidden group-open:inline">▾ Hide details</span>
        </summary>
        <div className="mt-2 space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">
          <OptionMeta option={option} />
          <SnippetList snippets={[optionUsageSnippet(option)]} />
        </div>
      </details>
    </article>
  );
}
