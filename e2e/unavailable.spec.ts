import { expect, test } from './fixtures';

test('engine unreachable: a clear "temporarily unavailable" page with status 503, not a crash', async ({ page, unavailableURL }) => {
  for (const path of ['/packages?query=ripgrep', '/options?query=nginx', '/packages/nixos-24.11/ripgrep', '/']) {
    const response = await page.goto(`${unavailableURL}${path}`);
    expect(response?.status(), path).toBe(503);
    expect(response?.headers()['retry-after']).toBe('30');
    await expect(page.getByRole('heading', { name: 'Search is temporarily unavailable' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Nix search');
  }
});

test('engine unreachable: the API answers 503 with a JSON error', async ({ request, unavailableURL }) => {
  for (const path of ['/api/v1/channels', '/api/v1/channels/nixos-24.11/packages?query=ripgrep', '/api/v1/channels/nixos-24.11/options/services.nginx.enable']) {
    const res = await request.get(`${unavailableURL}${path}`);
    expect(res.status()).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 'unavailable', message: expect.stringContaining('temporarily unavailable') } });
  }
  const badge = await request.get(`${unavailableURL}/badge/nixos-24.11/ripgrep.svg`);
  expect(badge.status()).toBe(503);
});
