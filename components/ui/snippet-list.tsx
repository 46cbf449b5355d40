import type { Snippet } from '@/lib/install-snippets';
import { NixCode } from './nix-code';

/** Install or usage snippets, each with a copy button (handled by components/layout/copy-handler); Nix is highlighted. */
export function SnippetList({ snippets }: { snippets: Snippet[] }) {
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
          {s.language === 'nix' ? (
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
