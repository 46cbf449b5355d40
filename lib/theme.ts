/**
 * Colour theme preference: "system" (follow the OS), "light" or "dark". Kept in a cookie so
 * the server renders `<html data-theme>` right away (no flash, no inline script).
 */

/** The preferences, in the order the toggle cycles through them. */
export const THEMES = ['system', 'light', 'dark'] as const;
/** One preference. */
export type Theme = (typeof THEMES)[number];
/** Cookie holding the preference. */
export const THEME_COOKIE = 'theme';

/** A cookie value as a theme ("system" when missing or unknown). */
export function parseTheme(value: string | undefined): Theme {
  return THEMES.includes(value as Theme) ? (value as Theme) : 'system';
}

/** The preference after this one. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system';
}
