import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the production build (`next build`, served
 * by scripts/serve.ts as `npm start` does), on real data: e2e/channels.json (nixos-24.11 +
 * Home Manager, nixos-20.09, and an injection fixture channel) indexed into .data/e2e with
 * the project's indexer.
 * A second server runs the same build against an Elasticsearch address where nothing
 * listens, for the "engine unavailable" page.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const DOWN_PORT = PORT + 1;

const data = {
  NIXSEARCH_ENGINE: 'sqlite',
  NIXSEARCH_CHANNELS_FILE: 'e2e/channels.json',
  NIXSEARCH_DATA_DIR: '.data/e2e',
  NIXSEARCH_SITE_URL: '',
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium: Playwright cannot download its own browser here. As root the
        // sandbox must be off; the other flags stop Chromium's own network traffic.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `bash e2e/serve.sh ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/v1/channels`,
      env: data,
      timeout: 20 * 60_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: `node --import tsx scripts/serve.ts --port ${DOWN_PORT} --hostname 127.0.0.1 --workers 1`,
      url: `http://127.0.0.1:${DOWN_PORT}/opensearch.xml`,
      env: { ...data, NIXSEARCH_ENGINE: 'elasticsearch', ELASTICSEARCH_NODES: 'http://127.0.0.1:1', ELASTICSEARCH_REQUEST_TIMEOUT_MS: '2000' },
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
});
