import type { Snippet } from '@/lib/install-snippets';
import { CopyButton } from './copy-button';
import { NixCode } from './nix-code';

/** Install or usage snippets, each with a copy button. */
export function SnippetList({ snippets }: { snippets: Snippet[] }) {
  return (
    <ul className="space-y-2">
      {snippets.map((s) => (
        <li key={s.id}>
          <div className="mb-0.5 flex items-center justify-between gap-2">
            <span className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{s.label}</span>
            <CopyButton text={s.code} label={s.label} />
          </div>
          {s.language === 'nix' ? (
            <NixCode code={s.code} label={s.label} />
          ) : (
            <pre className="overflow-x-auto rounded bg-zinc-100 px-3 py-2 font-mono text-[0.8rem] dark:bg-zinc-900">
              <code>{s.code}</code>
            </pre>
          )}
        </li>
      ))}
    </ul>
  );
}
