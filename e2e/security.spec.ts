import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Anything in the page that could run script from the data. */
async function dangerousNodes(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const found: string[] = [];
    if (!main) return ['no <main>'];
    for (const el of main.querySelectorAll('*')) {
      // The site's own search form is the one form allowed.
      if (el.closest('form[role="search"]')) continue;
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'form', 'svg', 'img', 'style', 'base', 'meta', 'link'].includes(tag) && !el.closest('pre')) {
        // <svg>/<img> would only come from the data: the site itself renders none in <main>.
        found.push(`<${tag}>`);
      }
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (attr.startsWith('on')) found.push(`${tag}[${attr}]`);
        if (/^\s*(javascript|data|vbscript):/i.test(value) && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr)) found.push(`${tag}[${attr}=${value}]`);
        if (attr === 'style') found.push(`${tag}[style]`);
      }
    }
    return found;
  });
}

test('the injection fixture renders inert: search results', async ({ page }) => {
  await page.goto('/packages?channel=injection-test&query=evil');
  const card = page.getByRole('region', { name: 'Results' }).locator('article').first();
  await expect(card).toContainText("<script>window.__xss = 'description'");
  // Key facts from the data are text; only the http(s) homepage becomes a link.
  await expect(card).toContainText(`Program evil"><script>window.__xss='program'</script>`);
  await expect(card.getByRole('link', { name: 'example.org/evil-desc' })).toHaveAttribute('href', 'https://example.org/evil-desc');
  expect(await dangerousNodes(page)).toEqual([]);
  // The card's details (long description and the rest) are on the package page.
  await card.getByRole('link', { name: 'Details and install' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Probe for the sanitiser');
  expect(await dangerousNodes(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
});

test('the injection fixture renders inert: package page', async ({ page }) => {
  await page.goto('/packages/injection-test/evil-desc');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('evil-desc');
  await expect(page.getByText('this markdown link')).toBeVisible();
  // Links from the data that are not http(s) are shown as text, never as links.
  await expect(page.locator('a[href^="javascript" i]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'https://example.org/evil-desc' })).toBeVisible();
  expect(await dangerousNodes(page)).toEqual([]);
  // Hover and click everything that came from the data.
  for (const text of ['Bold License', 'Styled block', 'this HTML link', 'this markdown link']) {
    const el = page.getByText(text).first();
    if (await el.count()) {
      await el.hover();
      await el.click({ noWaitAfter: true }).catch(() => undefined);
    }
  }
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
});

test('the injection fixture renders inert: options', async ({ page }) => {
  await page.goto('/options/injection-test/programs.evil.enable');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('programs.evil.enable');
  await expect(page.locator('pre[aria-label="Example"]')).toContainText("<script>window.__xss='example'</script>");
  expect(await dangerousNodes(page)).toEqual([]);
  await page.goto(`/options/injection-test/${encodeURIComponent('programs.evil."<name>".settings')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('programs.evil."<name>".settings');
  expect(await dangerousNodes(page)).toEqual([]);
  await page.goto('/options?channel=injection-test&query=evil');
  expect(await dangerousNodes(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
});

test('security headers: nonce-based CSP on pages, locked-down CSP on the API', async ({ page, request }) => {
  const response = await page.goto('/packages?query=ripgrep');
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  // Every script of the page carries this request's nonce.
  const scripts = await page.evaluate(() => Array.from(document.scripts).map((s) => s.nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  const second = await request.get('/packages?query=ripgrep');
  expect(second.headers()['content-security-policy']).not.toContain(nonce as string);
  const api = await request.get('/api/v1/channels');
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});

test('the theme toggle switches dark mode and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/packages');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'system');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByRole('button', { name: /Theme: system/ }).click();
  await page.getByRole('button', { name: /Theme: light/ }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
});
