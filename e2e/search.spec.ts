import { expect, test } from './fixtures';

const results = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Results' });
const resultLinks = (page: import('@playwright/test').Page) => results(page).getByRole('heading', { level: 2 }).getByRole('link');
/** Longer than the search box's live-search delay (250 ms) plus a navigation. */
const LIVE_SEARCH_SETTLE_MS = 600;

test('search, open a result, land on its permalink page', async ({ page }) => {
  await page.goto('/packages');
  await page.getByRole('combobox', { name: 'Search packages' }).fill('ripgrep');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/query=ripgrep/);
  await expect(resultLinks(page).first()).toHaveText('ripgrep');
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(/\/packages\/nixos-24\.11\/ripgrep$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ripgrep');
  await expect(page.getByText('nix run nixpkgs#ripgrep')).toBeVisible();
  // The same attribute in every channel, side by side.
  const table = page.getByRole('table', { name: 'ripgrep in each channel' });
  await expect(table.getByRole('row', { name: /NixOS 24\.11/ })).toContainText('14.1.1');
  await expect(table.getByRole('row', { name: /NixOS 20\.09/ })).not.toContainText('absent');
  await expect(table.getByRole('row', { name: /Injection fixture/ })).toContainText('absent');
});

test('results update while typing, without a full reload', async ({ page }) => {
  await page.goto('/packages');
  await page.evaluate(() => ((window as unknown as { __alive: number }).__alive = 1));
  await page.getByRole('combobox', { name: 'Search packages' }).pressSequentially('ripgrep', { delay: 30 });
  await expect(page).toHaveURL(/query=ripgrep/);
  await expect(resultLinks(page).first()).toHaveText('ripgrep');
  expect(await page.evaluate(() => (window as unknown as { __alive?: number }).__alive)).toBe(1);
});

test('typeahead suggests packages and opens the chosen one', async ({ page }) => {
  await page.goto('/packages');
  const box = page.getByRole('combobox', { name: 'Search packages' });
  await box.pressSequentially('ripgre', { delay: 30 });
  const list = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(list.getByRole('option').first()).toContainText('ripgrep');
  await box.press('ArrowDown');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/packages\/nixos-24\.11\/ripgrep$/);
  // The live search still pending from the typing must not take the user back to the results.
  await page.waitForTimeout(LIVE_SEARCH_SETTLE_MS);
  await expect(page).toHaveURL(/\/packages\/nixos-24\.11\/ripgrep$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ripgrep');
});

test('switching the channel keeps the query', async ({ page }) => {
  await page.goto('/packages?query=ripgrep');
  await expect(resultLinks(page).first()).toHaveText('ripgrep');
  const newer = await results(page).locator('article').first().textContent();
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('nixos-20.09');
  await expect(page).toHaveURL(/channel=nixos-20\.09/);
  await expect(page).toHaveURL(/query=ripgrep/);
  await expect(page.getByRole('combobox', { name: 'Search packages' })).toHaveValue('ripgrep');
  await expect(resultLinks(page).first()).toHaveText('ripgrep');
  await expect(results(page).locator('article').first()).not.toHaveText(newer ?? '');
});

test('a facet filters the results and the counts follow', async ({ page }) => {
  await page.goto('/packages?query=python');
  const status = results(page).getByRole('status');
  const before = Number((await status.locator('span').first().textContent())?.replace(/,/g, ''));
  const licenses = page.getByRole('complementary', { name: 'Filters' }).getByRole('region', { name: 'License' });
  const facet = licenses.getByRole('link').nth(1);
  const facetCount = Number((await facet.locator('span').last().textContent())?.replace(/,/g, ''));
  expect(facetCount).toBeLessThan(before);
  await facet.click();
  await expect(page).toHaveURL(/license=/);
  await expect(status.locator('span').first()).toHaveText(facetCount.toLocaleString('en-US'));
  await expect(licenses.locator('a[aria-current]')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
  // Removing it brings the full result set back.
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(status.locator('span').first()).toHaveText(before.toLocaleString('en-US'));
});

test('options: nginx puts services.nginx.enable first; option sets are tabs with counts', async ({ page }) => {
  await page.goto('/options?query=nginx');
  await expect(resultLinks(page).first()).toHaveText('services.nginx.enable');
  const tabs = page.getByRole('navigation', { name: 'Option sets' });
  await expect(tabs.getByRole('link', { name: /NixOS/ })).toHaveAttribute('aria-current', 'page');
  await page.goto('/options?query=programs.git.enable');
  await tabs.getByRole('link', { name: /Home Manager/ }).click();
  await expect(page).toHaveURL(/set=home-manager/);
  await expect(resultLinks(page).first()).toHaveText('programs.git.enable');
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(/\/options\/nixos-24\.11\/programs\.git\.enable\?set=home-manager$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('programs.git.enable');
  await expect(page.getByText('Home Manager', { exact: true }).first()).toBeVisible();
});

test('keyboard: / focuses search, j/k and arrows move through results, Enter opens', async ({ page }) => {
  await page.goto('/packages?query=ripgrep');
  const box = page.getByRole('combobox', { name: 'Search packages' });
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(resultLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(resultLinks(page).nth(1)).toBeFocused();
  const name = await resultLinks(page).nth(1).textContent();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name ?? '');
});

test('no results: the other tab and a looser query are offered', async ({ page }) => {
  await page.goto('/packages?query=qqqzzz%20wwwvvv');
  await expect(page.getByText(/No packages match/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Search options for/ })).toHaveAttribute('href', '/options?query=qqqzzz+wwwvvv');
  await page.getByRole('link', { name: 'qqqzzz', exact: true }).click();
  await expect(page).toHaveURL(/query=qqqzzz$/);
});

test('pagination shows the total and moves between pages', async ({ page }) => {
  await page.goto('/packages?query=python');
  await expect(results(page).getByRole('status')).toContainText('page 1 of');
  const first = await resultLinks(page).first().textContent();
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(results(page).getByRole('status')).toContainText('page 2 of');
  await expect(resultLinks(page).first()).not.toHaveText(first ?? '');
});

test('result cards flag unfree and insecure packages', async ({ page }) => {
  await page.goto('/packages?query=vscode');
  const vscode = page.getByRole('region', { name: 'Results' }).locator('article').filter({ has: page.getByRole('link', { name: 'vscode', exact: true }) });
  await expect(vscode.getByText('unfree', { exact: true })).toBeVisible();
  await page.goto('/packages?query=python2');
  const python2 = page.getByRole('region', { name: 'Results' }).locator('article').filter({ has: page.getByRole('link', { name: 'python2', exact: true }) });
  await expect(python2.getByText('insecure', { exact: true })).toBeVisible();
});

test('result cards show key facts; the rest is on the package page', async ({ page }) => {
  await page.goto('/packages?query=ripgrep');
  const card = results(page).locator('article').first();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('ripgrep');
  await expect(card).toContainText('14.1.1');
  await expect(card).toContainText('Program rg');
  await expect(card).toContainText('License Unlicense, MIT');
  await expect(card.getByRole('link', { name: 'github.com/BurntSushi/ripgrep' })).toHaveAttribute('href', 'https://github.com/BurntSushi/ripgrep');
  // No install snippets or maintainers in the card: they are one link away.
  await expect(card).not.toContainText('nix-shell');
  await card.getByRole('link', { name: 'Details and install' }).click();
  await expect(page).toHaveURL(/\/packages\/nixos-24\.11\/ripgrep$/);
  await expect(page.getByText('nix-shell -p ripgrep', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy: Home Manager' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Robin Gloster/ })).toBeVisible();
});

test('option cards show the short default and link to the option page', async ({ page }) => {
  await page.goto('/options?query=nginx');
  const card = results(page).locator('article').first();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('services.nginx.enable');
  await expect(card).toContainText('boolean');
  await expect(card).toContainText('Default false');
  await card.getByRole('link', { name: 'Details and usage' }).click();
  await expect(page).toHaveURL(/\/options\/nixos-24\.11\/services\.nginx\.enable$/);
  await expect(page.getByRole('button', { name: 'Copy: Usage' })).toBeVisible();
  await expect(page.getByText('services.nginx.enable = true;')).toBeVisible();
});
