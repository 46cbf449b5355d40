/**
 * Shared fixtures: every test fails if a page opened a dialog (alert/confirm/prompt), threw,
 * or broke the Content-Security-Policy — so XSS or CSP regressions surface anywhere.
 * `unavailableURL` is the server whose search engine is unreachable (baseURL port + 1).
 */
import { test as base, expect } from '@playwright/test';

type Problems = { dialogs: string[]; errors: string[]; csp: string[] };

export const test = base.extend<{ problems: Problems; unavailableURL: string }>({
  problems: [
    async ({ page }, provide) => {
      const problems: Problems = { dialogs: [], errors: [], csp: [] };
      page.on('dialog', async (dialog) => {
        problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        await dialog.dismiss();
      });
      page.on('pageerror', (error) => problems.errors.push(error.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.csp.push(msg.text());
      });
      await provide(problems);
      expect(problems.dialogs, 'no dialog may open').toEqual([]);
      expect(problems.errors, 'no uncaught page error').toEqual([]);
      expect(problems.csp, 'no Content-Security-Policy violation').toEqual([]);
    },
    { auto: true },
  ],
  unavailableURL: async ({ baseURL }, provide) => {
    const url = new URL(baseURL ?? 'http://127.0.0.1:3210');
    url.port = String(Number(url.port) + 1);
    await provide(url.origin);
  },
});

export { expect };
