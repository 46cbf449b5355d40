import { describe, expect, it } from 'vitest';
import { NOT_PAGES } from './routes';

describe('NOT_PAGES', () => {
  it('matches the API, badges, sitemap slices and the root files', () => {
    for (const p of ['/api/v1/channels', '/badge/nixos-24.11/hello.svg', '/sitemaps/pages.xml', '/opensearch.xml', '/sitemap.xml', '/robots.txt']) {
      expect(NOT_PAGES.test(p), p).toBe(true);
    }
  });

  it('leaves pages alone, including names that only start like a non-page route', () => {
    for (const p of ['/', '/packages', '/packages/nixos-24.11/api', '/options/nixos-24.11/services.nginx.enable', '/apix', '/api', '/robots.txt.html', '/sitemapxxml', '/x/robots.txt']) {
      expect(NOT_PAGES.test(p), p).toBe(false);
    }
  });
});
