import { expect, test } from './fixtures';

test('package page: title, description, canonical URL and OpenGraph tags', async ({ page }) => {
  const response = await page.goto('/packages/nixos-24.11/ripgrep');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^ripgrep 14\.1\.1 · NixOS 24\.11/);
  const head = page.locator('head');
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /Silver Searcher/);
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/packages\/nixos-24\.11\/ripgrep$/);
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /ripgrep 14\.1\.1/);
  await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/packages\/nixos-24\.11\/ripgrep$/);
  await expect(page.getByRole('link', { name: /Robin Gloster/ })).toHaveAttribute('href', 'https://github.com/globin');
  await expect(page.getByRole('link', { name: /package\.nix:56/ })).toHaveAttribute('href', /blob\/nixos-24\.11\/pkgs\/by-name\/ri\/ripgrep\/package\.nix/);
});

test('unknown package: a 404 that offers a search in that channel', async ({ page }) => {
  const response = await page.goto('/packages/nixos-20.09/no-such-package-xyz');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('no-such-package-xyz');
  await page.getByRole('link', { name: /Search packages for/ }).click();
  await expect(page).toHaveURL(/\/packages\?channel=nixos-20\.09&query=no-such-package-xyz/);
  await expect(page.getByRole('combobox', { name: 'Search packages' })).toHaveValue('no-such-package-xyz');
});

test('unknown channel in a permalink is a 404 too', async ({ page }) => {
  const response = await page.goto('/packages/nixos-99.99/ripgrep');
  expect(response?.status()).toBe(404);
});

test('option names with <, > and quotes have working permalinks', async ({ page }) => {
  await page.goto('/options?query=services.nginx.virtualHosts.%3Cname%3E.root');
  const link = page.getByRole('region', { name: 'Results' }).getByRole('link', { name: 'services.nginx.virtualHosts.<name>.root', exact: true });
  await expect(link).toHaveAttribute('href', '/options/nixos-24.11/services.nginx.virtualHosts.%3Cname%3E.root');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('services.nginx.virtualHosts.<name>.root');
  const quoted = await page.goto(`/options/nixos-24.11/${encodeURIComponent('boot.kernel.sysctl."net.core.rmem_max"')}`);
  expect(quoted?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('boot.kernel.sysctl."net.core.rmem_max"');
});

test('option page shows type, default, highlighted example, declaration link and usage', async ({ page }) => {
  await page.goto('/options/nixos-24.11/services.nginx.virtualHosts');
  await expect(page).toHaveTitle(/services\.nginx\.virtualHosts · NixOS 24\.11/);
  await expect(page.getByText('attribute set of (submodule)')).toBeVisible();
  const example = page.getByRole('region', { name: 'Details' }).locator('pre[aria-label="Example"]');
  await expect(example).toContainText('hydra.example.com');
  await expect(example.locator('.hljs-string').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'nixos/modules/services/web-servers/nginx/default.nix' })).toHaveAttribute('href', /github\.com\/NixOS\/nixpkgs\/blob\/nixos-24\.11\//);
  await expect(page.getByRole('button', { name: 'Copy: Usage' })).toBeVisible();
});

test('an option that is only in Home Manager is not found as a NixOS option', async ({ page }) => {
  expect((await page.goto('/options/nixos-24.11/home.packages?set=home-manager'))?.status()).toBe(200);
  const response = await page.goto('/options/nixos-24.11/home.packages');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: /Search options for/ })).toBeVisible();
});
