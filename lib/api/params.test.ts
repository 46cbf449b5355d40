import { describe, expect, it } from 'vitest';
import { ApiParamError, parseOptionSearch, parsePackageSearch, parseSuggest } from './params';

const q = (s: string) => new URLSearchParams(s);
const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ApiParamError);
    return (e as Error).message;
  }
  throw new Error('expected an ApiParamError');
};

describe('API parameters', () => {
  it('reads paging, sort and repeated filters', () => {
    expect(parsePackageSearch(q('query=rg&page=2&size=5&sort=name&license=mit&license=gpl3Only'))).toEqual({
      query: 'rg',
      page: 2,
      size: 5,
      sort: 'name',
      filters: { license: ['mit', 'gpl3Only'] },
    });
    expect(parseOptionSearch(q('set=home-manager'))).toEqual({ query: '', page: 1, size: 20, sort: 'relevance', set: 'home-manager' });
    expect(parseSuggest(q('query=rip'))).toEqual({ query: 'rip', channel: undefined, kind: 'packages', set: undefined, size: 8, format: 'json' });
  });

  it('names the parameter in every error', () => {
    expect(message(() => parsePackageSearch(q('page=-1')))).toBe('page: must be a positive whole number');
    expect(message(() => parsePackageSearch(q('page=0')))).toBe('page: must be at least 1');
    expect(message(() => parsePackageSearch(q('page=1&page=2')))).toBe('page: give one value');
    expect(message(() => parsePackageSearch(q('qeury=x')))).toBe('unknown parameter "qeury"');
    expect(message(() => parsePackageSearch(q('size=500')))).toBe('size: must be at most 100');
    expect(message(() => parsePackageSearch(q('page=600')))).toMatch(/^page: page × size may not exceed 10000/);
    expect(message(() => parsePackageSearch(q('license=')))).toBe('license: must not be empty');
    expect(message(() => parsePackageSearch(q(`query=${'x'.repeat(1001)}`)))).toBe('query: at most 1000 characters');
    expect(message(() => parsePackageSearch(q('sort=random')))).toBe('sort: must be "relevance" or "name"');
    expect(message(() => parseOptionSearch(q('set=foo')))).toBe('set: must be one of: nixos, home-manager');
    expect(message(() => parseOptionSearch(q('license=mit')))).toBe('unknown parameter "license"');
    expect(message(() => parseSuggest(q('')))).toBe('query: is required');
    expect(message(() => parseSuggest(q('query=x&kind=x')))).toBe('kind: must be "packages" or "options"');
    expect(message(() => parsePackageSearch(q(Array.from({ length: 21 }, (_, i) => `platform=p${i}`).join('&'))))).toBe('platform: at most 20 values');
  });
});
