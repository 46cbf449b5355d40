'use client';

import { useEffect } from 'react';

/**
 * Copy buttons are plain server-rendered `<button data-copy>` next to a `<code>` inside a
 * `[data-snippet]`; this one listener copies that code and says "Copied" for a moment.
 * Without JavaScript the buttons do nothing and the code stays selectable.
 */
export function CopyHandler() {
  useEffect(() => {
    const onClick = async (e: MouseEvent) => {
      const button = (e.target as Element | null)?.closest?.('button[data-copy]');
      const code = button?.closest('[data-snippet]')?.querySelector('code');
      if (!(button instanceof HTMLButtonElement) || !code) return;
      const label = button.querySelector('span') ?? button;
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        label.textContent = 'Copied';
      } catch {
        label.textContent = 'Copy failed';
      }
      setTimeout(() => (label.textContent = 'Copy'), 1500);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
