'use client';

import { useEffect } from 'react';

const RESULT_LINK = 'a[data-result-link]';

function isTextField(el: Element | null): boolean {
  return !!el && (el.matches('input, textarea, select') || (el as HTMLElement).isContentEditable);
}

/**
 * Keyboard shortcuts of the search pages: `/` focuses the search box; `j`/`k` or the arrow
 * keys move through the results (from the search box, ↓ goes to the first result when no
 * suggestion list is open); Enter opens the focused result (a plain link).
 */
export function KeyboardNav() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const active = document.activeElement;
      const input = document.getElementById('search-input') as HTMLInputElement | null;
      if (e.key === '/' && !isTextField(active)) {
        e.preventDefault();
        input?.focus();
        input?.select();
        return;
      }
      const links = Array.from(document.querySelectorAll<HTMLAnchorElement>(RESULT_LINK));
      if (links.length === 0) return;
      const index = links.indexOf(active as HTMLAnchorElement);
      const down = e.key === 'ArrowDown' || (e.key === 'j' && !isTextField(active));
      const up = e.key === 'ArrowUp' || (e.key === 'k' && !isTextField(active));
      if (!down && !up) return;
      if (active === input && down && input?.getAttribute('aria-expanded') !== 'true') {
        e.preventDefault();
        links[0]?.focus();
        return;
      }
      // Arrows elsewhere keep scrolling the page; they move only once a result has focus.
      if (index < 0 && (e.key.startsWith('Arrow') || isTextField(active))) return;
      e.preventDefault();
      const next = index < 0 ? 0 : up ? index - 1 : index + 1;
      if (next < 0) input?.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
