'use client';

import { useState } from 'react';
import { nextTheme, THEME_COOKIE, type Theme } from '@/lib/theme';

const LABELS: Record<Theme, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };
const ICONS: Record<Theme, string> = { system: '◐', light: '☀', dark: '☾' };

/** Cycles system → light → dark; stores the choice in a cookie read by the server. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);
  const change = () => {
    const next = nextTheme(theme);
    document.documentElement.dataset.theme = next;
    document.cookie = `${THEME_COOKIE}=${next}; Path=/; Max-Age=31536000; SameSite=Lax`;
    setTheme(next);
  };
  return (
    <button
      type="button"
      onClick={change}
      aria-label={`${LABELS[theme]} (change)`}
      title={LABELS[theme]}
      className="rounded px-2 py-1 text-lg leading-none text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      <span aria-hidden="true">{ICONS[theme]}</span>
    </button>
  );
}
