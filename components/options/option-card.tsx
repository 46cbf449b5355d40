import type { NixValue, OptionDoc } from '@/core/documents/types';
import { Badge } from '@/components/ui/badge';
import { RenderedHtml } from '@/components/ui/rendered-html';
import { optionPath } from '@/lib/urls';

/** Longest default shown inline on a card (most are `false`, `null`, `[ ]`, `{ }`). */
const CARD_DEFAULT_MAX = 60;

/** The default as one short line of Nix, or null when it is long, multi-line or prose. */
function shortDefault(value: NixValue | null): string | null {
  if (!value || value.rendered) return null;
  const text = value.text.trim();
  return text.length > 0 && text.length <= CARD_DEFAULT_MAX && !text.includes('\n') ? text : null;
}

/**
 * One option in the results: name, type, description and the default when it is short.
 * The example (highlighted), declarations and the usage snippet are on the option's page,
 * linked from the name and from "Details and usage".
 */
export function OptionCard({ option, channel }: { option: OptionDoc; channel: string }) {
  const href = optionPath(channel, option.optionSet, option.name);
  const def = shortDefault(option.default);
  return (
    <article className="result">
      <div className="result-head">
        <h2 className="result-title">
          <a href={href} data-result-link className="result-link">
            {option.name}
          </a>
        </h2>
        {option.type ? <span className="result-sub">{option.type}</span> : null}
        {option.readOnly ? <Badge tone="zinc">read-only</Badge> : null}
      </div>
      <RenderedHtml text={option.description} className="result-desc line-clamp-3" />
      <p className="result-facts">
        {def !== null ? (
          <span>
            Default <code>{def}</code>
          </span>
        ) : null}
        <a href={href}>Details and usage</a>
      </p>
    </article>
  );
}
