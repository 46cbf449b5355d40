/**
 * The routes that are not pages of the app router: JSON, SVG and XML answered by route
 * handlers. Read by proxy.ts (no CSP nonce, no 503 page), the client-side link handler
 * (always a full load) and next.config.ts (their locked-down headers), so a new non-page
 * route is added here once. No imports: client code and next.config.ts load this file too.
 */

/** First path segments under which nothing is a page. */
export const NON_PAGE_DIRS = ['api', 'badge', 'sitemaps'] as const;

/** Files at the root that are not pages. */
export const NON_PAGE_FILES = ['opensearch.xml', 'sitemap.xml', 'robots.txt'] as const;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches the pathname of a route that is not a page. */
export const NOT_PAGES = new RegExp(`^/(${NON_PAGE_DIRS.map(escapeRegExp).join('|')})/|^/(${NON_PAGE_FILES.map(escapeRegExp).join('|')})$`);
