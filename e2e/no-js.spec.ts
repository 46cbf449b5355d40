import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript the GET form still searches, switches channel and paginates', async ({ page }) => {
  await page.goto('/packages');
  await page.getByRole('combobox', { name: 'Search packages' }).fill('ripgrep');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/packages\?channel=nixos-24\.11&query=ripgrep/);
  const first = page.getByRole('region', { name: 'Results' }).getByRole('heading', { level: 2 }).first();
  await expect(first).toHaveText('ripgrep');
  // Details and install snippets are one plain link away, on the package's page.
  await page.getByRole('link', { name: 'Details and install' }).first().click();
  await expect(page).toHaveURL(/\/packages\/nixos-24\.11\/ripgrep$/);
  await expect(page.getByText('nix-shell -p ripgrep', { exact: true })).toBeVisible();
  await page.goBack();
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('nixos-20.09');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/channel=nixos-20\.09&query=ripgrep/);
  await expect(first).toHaveText('ripgrep');
  await page.goto('/options?query=nginx');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('heading', { level: 2 }).first()).toHaveText('services.nginx.enable');
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/page=2/);
});
