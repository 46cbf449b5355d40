import { expect, test } from './fixtures';

test('channels: configuration order, counts', async ({ request }) => {
  const res = await request.get('/api/v1/channels');
  expect(res.status()).toBe(200);
  expect(res.headers()['access-control-allow-origin']).toBe('*');
  const { channels } = await res.json();
  expect(channels.map((c: { id: string }) => c.id)).toEqual(['nixos-24.11', 'nixos-20.09', 'injection-test']);
  expect(channels[0].counts.packages).toBeGreaterThan(70_000);
  expect(channels[0].counts.options['home-manager']).toBeGreaterThan(3_000);
});

test('package search and get', async ({ request }) => {
  const res = await request.get('/api/v1/channels/nixos-24.11/packages?query=rg&size=5&license=MIT');
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ channel: 'nixos-24.11', query: 'rg', page: 1, size: 5, sort: 'relevance' });
  expect(body.hits[0]).toMatchObject({ attrPath: 'ripgrep', mainProgram: 'rg', url: '/packages/nixos-24.11/ripgrep' });
  expect(typeof body.hits[0].score).toBe('number');
  expect(body.facets.license.length).toBeGreaterThan(0);
  expect(body.total).toBeGreaterThanOrEqual(body.hits.length);
  const one = await request.get('/api/v1/channels/nixos-20.09/packages/ripgrep');
  expect(one.status()).toBe(200);
  const pkg = (await one.json()).package;
  expect(Object.keys(pkg).sort()).toEqual(
    ['attrPath', 'defaultOutput', 'description', 'flags', 'homepages', 'licenses', 'longDescription', 'mainProgram', 'maintainers', 'name', 'outputs', 'packageSet', 'platforms', 'pname', 'position', 'programs', 'sourceUrl', 'teams', 'url', 'version'].sort(),
  );
  const plus = await request.get(`/api/v1/channels/nixos-24.11/packages/${encodeURIComponent('emacsPackages.desktop+')}`);
  expect((await plus.json()).package.attrPath).toBe('emacsPackages.desktop+');
});

test('option search and get, Home Manager through ?set=', async ({ request }) => {
  const res = await request.get('/api/v1/channels/nixos-24.11/options?query=nginx&set=nixos&size=3');
  const body = await res.json();
  expect(body.hits[0].name).toBe('services.nginx.enable');
  expect(body.facets.optionSet.map((b: { value: string }) => b.value)).toContain('nixos');
  const hm = await request.get('/api/v1/channels/nixos-24.11/options/programs.git.enable?set=home-manager');
  expect((await hm.json()).option).toMatchObject({ name: 'programs.git.enable', optionSet: 'home-manager' });
  const placeholder = await request.get(`/api/v1/channels/nixos-24.11/options/${encodeURIComponent('services.nginx.virtualHosts.<name>.root')}`);
  expect((await placeholder.json()).option.type).toBe('null or path');
});

test('errors: 400 with a message naming the parameter, 404s with codes', async ({ request }) => {
  const cases: [string, number, string, RegExp][] = [
    ['/api/v1/channels/nixos-24.11/packages?page=0', 400, 'invalid_request', /page/],
    ['/api/v1/channels/nixos-24.11/packages?size=1000', 400, 'invalid_request', /size/],
    ['/api/v1/channels/nixos-24.11/packages?page=abc', 400, 'invalid_request', /page/],
    ['/api/v1/channels/nixos-24.11/packages?page=600&size=20', 400, 'invalid_request', /page/],
    ['/api/v1/channels/nixos-24.11/packages?qeury=x', 400, 'invalid_request', /qeury/],
    ['/api/v1/channels/nixos-24.11/packages?query=a&query=b', 400, 'invalid_request', /query/],
    ['/api/v1/channels/nixos-24.11/packages?sort=random', 400, 'invalid_request', /sort/],
    ['/api/v1/channels/nixos-24.11/options?set=bogus', 400, 'invalid_request', /set/],
    [`/api/v1/channels/nixos-24.11/packages?query=${'x'.repeat(1001)}`, 400, 'invalid_request', /query/],
    ['/api/v1/suggest', 400, 'invalid_request', /query/],
    ['/api/v1/channels/nixos-99/packages?query=x', 404, 'unknown_channel', /nixos-99/],
    ['/api/v1/channels/nixos-24.11/packages/no-such-thing', 404, 'not_found', /no-such-thing/],
    ['/api/v1/channels/nixos-24.11/options/no.such.option', 404, 'not_found', /no\.such\.option/],
  ];
  for (const [path, status, code, message] of cases) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(status);
    const body = await res.json();
    expect(body.error.code, path).toBe(code);
    expect(body.error.message, path).toMatch(message);
    expect(res.headers()['access-control-allow-origin']).toBe('*');
  }
});

test('CORS preflight and OpenAPI document', async ({ request }) => {
  const pre = await request.fetch('/api/v1/channels/nixos-24.11/packages', { method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' } });
  expect(pre.status()).toBe(204);
  expect(pre.headers()['access-control-allow-methods']).toContain('GET');
  expect(pre.headers()['access-control-allow-origin']).toBe('*');
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toContain('/api/v1/channels/{channel}/packages');
});

test('suggest, OpenSearch, sitemap and badges', async ({ request }) => {
  const s = await (await request.get('/api/v1/suggest?query=ripgr')).json();
  expect(s.suggestions[0]).toMatchObject({ id: 'ripgrep', url: '/packages/nixos-24.11/ripgrep' });
  const os = await (await request.get('/api/v1/suggest?query=ripgr&format=opensearch')).json();
  expect(os[0]).toBe('ripgr');
  expect(os[1]).toContain('ripgrep');
  const desc = await request.get('/opensearch.xml');
  expect(desc.headers()['content-type']).toContain('opensearchdescription+xml');
  expect(await desc.text()).toContain('/packages?query={searchTerms}');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);
  const index = await request.get('/sitemap.xml');
  const xml = await index.text();
  expect(xml).toContain('<sitemapindex');
  const parts = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(parts.length).toBeGreaterThan(3);
  expect(parts.length).toBeLessThan(200);
  const part = await request.get(new URL(parts.find((p) => p.includes('nixos-24.11.packages.0')) ?? '').pathname);
  const urls = [...(await part.text()).matchAll(/<loc>/g)];
  expect(urls.length).toBe(1000);
  const badge = await request.get('/badge/nixos-24.11/ripgrep.svg');
  expect(badge.status()).toBe(200);
  expect(badge.headers()['content-type']).toContain('image/svg+xml');
  expect(await badge.text()).toContain('14.1.1');
  const missing = await request.get('/badge/nixos-24.11/no-such-thing.svg');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('not found');
});

test('no input produces a 500 (pages and API)', async ({ request }) => {
  test.setTimeout(240_000);
  const hostile = [
    'x'.repeat(10_000),
    '%',
    '%E0%A4%A',
    '"\'<>{}[]\\*`$()',
    '-',
    '--',
    '*',
    'NOT AND OR',
    'a:b',
    '(((',
    '💥🎉中文',
    '\u0000\u0001',
    'query_string:*',
    "' OR 1=1 --",
    '../../etc/passwd',
  ];
  const params = ['query', 'page', 'size', 'sort', 'channel', 'license', 'set', 'platform', 'maintainer', 'packageSet'];
  const paths: string[] = [];
  for (const value of hostile) {
    const v = value.startsWith('%') ? value : encodeURIComponent(value);
    for (const p of params) {
      paths.push(`/packages?${p}=${v}`, `/options?${p}=${v}`, `/api/v1/channels/nixos-24.11/packages?${p}=${v}`, `/api/v1/channels/nixos-24.11/options?${p}=${v}`);
    }
    paths.push(`/packages/nixos-24.11/${v}`, `/options/nixos-24.11/${v}`, `/api/v1/channels/${v}/packages`, `/api/v1/channels/nixos-24.11/packages/${v}`, `/badge/nixos-24.11/${v}.svg`, `/api/v1/suggest?query=${v}`, `/sitemaps/${v}`);
  }
  paths.push('/packages?page=-1', '/packages?page=99999999999', '/packages?page=1.5', '/packages?page[]=1', '/packages?query[]=a&query[]=b', '/packages?license=a&license=b&license=c&license=d&license=e&license=f&license=g&license=h&license=i&license=j&license=k&license=l&license=m&license=n&license=o&license=p&license=q&license=r&license=s&license=t&license=u&license=v');
  // A few at a time: enough to be quick, not enough to starve the other tests.
  for (let i = 0; i < paths.length; i += 6) {
    await Promise.all(
      paths.slice(i, i + 6).map(async (path) => {
        const res = await request.get(path, { maxRedirects: 0 });
        expect(res.status(), path.slice(0, 120)).toBeLessThan(500);
      }),
    );
  }
});
