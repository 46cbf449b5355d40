'use client';

import type { Suggestion } from './use-suggestions';

/** The typeahead list under the search box (ARIA listbox; the input stays focused). */
export function SuggestionList({ id, items, active, onPick }: { id: string; items: Suggestion[]; active: number; onPick: () => void }) {
  if (items.length === 0) return <ul id={id} role="listbox" aria-label="Suggestions" hidden />;
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="Suggestions"
      className="absolute inset-x-0 top-full z-20 mt-1 max-h-80 overflow-auto rounded border border-zinc-200 bg-white py-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
    >
      {items.map((s, i) => (
        <li
          key={s.url}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className={`px-3 py-1.5 ${i === active ? 'bg-sky-100 dark:bg-sky-900/60' : ''}`}
        >
          {/* Pointer users click the link; mousedown keeps focus in the input until then. */}
          <a href={s.url} tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={onPick} className="block">
            <span className="font-mono font-medium">{s.id}</span>
            {s.detail ? <span className="ml-2 text-zinc-500 dark:text-zinc-400">{s.detail}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}
