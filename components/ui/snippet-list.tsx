import type { Snippet } from '@/lib/install-snippets';
import { NixCode } from './nix-code';

/**
 * Install or usage snippets, each with a copy button (handled by components/layout/copy-handler).
 * `highlight={false}` in result cards: twenty cards of highlighted code cost render time for
 * little; document pages highlight.
 */
export function SnippetList({ snippets, highlight = true }: { snippets: Snippet[]; highlight?: boolean }) {
  return (
    <ul className="space-y-2">
      {snippets.map((s) => (
        <li key={s.id} data-snippet>
          <div className="snippet-head">
            <span>{s.label}</span>
            <button type="button" data-copy aria-label={`Copy: ${s.label}`} className="btn-copy">
              <span aria-live="polite">Copy</span>
            </button>
          </div>
          {s.language === 'nix' && highlight ? (
            <NixCode code={s.code} label={s.label} />
          ) : (
            <pre className="code-block">
              <code>{s.code}</code>
            </pre>
          )}
        </li>
      ))}
    </ul>
  );
}
