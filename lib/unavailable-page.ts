/**
 * The 503 page that proxy.ts sends while the search engine is down: self-contained (the
 * proxy cannot render React), system fonts, light and dark, its one <style> allowed by the
 * request's CSP nonce. Says what happened and offers a retry; nothing from the request is
 * echoed into it.
 */

const CSS = `
:root{color-scheme:light dark;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
body{margin:0;background:#fff;color:#18181b}
header{border-bottom:1px solid #e4e4e7;padding:.6rem 1rem;font-weight:600}
main{max-width:40rem;margin:2rem auto;padding:0 1rem}
div[role=alert]{border:1px solid #fcd34d;background:#fffbeb;color:#451a03;border-radius:.3rem;padding:1rem}
h1{font-size:1.1rem;margin:0 0 .4rem}
a{color:#0369a1}
@media (prefers-color-scheme:dark){body{background:#09090b;color:#f4f4f5}header{border-color:#27272a}div[role=alert]{background:#451a0380;border-color:#92400e;color:#fef3c7}a{color:#7dd3fc}}
`;

/** The HTML of the page. */
export function unavailableHtml(nonce: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Temporarily unavailable · Nix search</title>
<style nonce="${nonce}">${CSS}</style></head>
<body><header>❄ Nix search</header>
<main><div role="alert"><h1>Search is temporarily unavailable</h1>
<p>The search engine is not answering right now. Please <a href="">try again</a> in a moment.</p></div></main>
</body></html>
`;
}
