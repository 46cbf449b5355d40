import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';

/** Main pages, light and dark, desktop and phone: saved for reviewers under e2e/screenshots/ (git-ignored). */
const PAGES = [
  ['packages-search', '/packages?query=ripgrep'],
  ['packages-landing', '/packages'],
  ['options-search', '/options?query=nginx'],
  ['package-page', '/packages/nixos-24.11/ripgrep'],
  ['option-page', '/options/nixos-24.11/services.nginx.virtualHosts'],
  ['not-found', '/packages/nixos-24.11/no-such-package'],
] as const;

mkdirSync('e2e/screenshots', { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of PAGES) {
    test(`screenshot ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.getByRole('banner')).toBeVisible();
      await page.screenshot({ path: `e2e/screenshots/${name}-${scheme}.png`, fullPage: true });
    });
  }
  test(`screenshot phone (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/packages?query=firefox');
    await expect(page.getByRole('region', { name: 'Results' }).locator('article').first()).toBeVisible();
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `e2e/screenshots/phone-packages-${scheme}.png` });
    await page.goto('/packages/nixos-24.11/ripgrep');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `e2e/screenshots/phone-package-page-${scheme}.png`, fullPage: true });
  });
}
