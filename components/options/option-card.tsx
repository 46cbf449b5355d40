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
    <article className="result">
      <div className="result-head">
        <h2 className="result-title">
          <a
            href={optionPath(channel, option.optionSet, option.name)}
            data-result-link
            className="result-link"
          >
            {option.name}
          </a>
        </h2>
        {option.type ? <span className="result-sub">{option.type}</span> : null}
        {option.readOnly ? <Badge tone="zinc">read-only</Badge> : null}
      </div>
      <RenderedHtml text={option.description} className="mt-0.5 line-clamp-3 text-sm text-zinc-700 dark:text-zinc-300" />
      <details className="group mt-1">
        <summary className="details-toggle">
          <span className="group-open:hidden">▸ Default, example, declaration</span>
          <span className="hidden group-open:inline">▾ Hide details</span>
        </summary>
        <div className="details-body space-y-2">
          <OptionMeta option={option} highlight={false} />
          <SnippetList snippets={[optionUsageSnippet(option)]} highlight={false} />
        </div>
      </details>
    </article>
  );
}
