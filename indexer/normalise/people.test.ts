import { describe, expect, it } from 'vitest';
import { licensesUnfree, toLicenses, toMaintainers, toTeams } from './people';

describe('maintainers', () => {
  it('parses 16.09 "Name <email>" strings and modern objects', () => {
    expect(toMaintainers(['Bart Brouns <bart@magnetophon.nl>', 'shlevy', '  ', { name: 'Robin', github: 'globin', githubId: 1, email: 'm@g.in' }])).toEqual([
      { name: 'Bart Brouns', email: 'bart@magnetophon.nl', github: null },
      { name: 'shlevy', email: null, github: null },
      { name: 'Robin', github: 'globin', email: 'm@g.in' },
    ]);
  });

  it('accepts a single string, nested lists (20.09) and drops empty or odd entries', () => {
    expect(toMaintainers('Jane Doe <jane@example.org>')).toEqual([{ name: 'Jane Doe', email: 'jane@example.org', github: null }]);
    expect(toMaintainers([[{ github: 'a' }], { github: '@b' }, 42, null, {}])).toEqual([
      { name: null, github: 'a', email: null },
      { name: null, github: 'b', email: null },
    ]);
    expect(toMaintainers(undefined)).toEqual([]);
  });
});

describe('licenses', () => {
  it('maps objects, bare strings and mixed lists', () => {
    const mit = { spdxId: 'MIT', shortName: 'mit', fullName: 'MIT License', url: 'https://spdx.org/licenses/MIT.html', free: true };
    expect(toLicenses([mit, 'gpl-3.0-or-later', {}])).toEqual([
      mit,
      { spdxId: null, shortName: 'gpl-3.0-or-later', fullName: 'gpl-3.0-or-later', url: null, free: null },
    ]);
    expect(toLicenses({ shortName: 'unfree', fullName: 'Unfree' })).toEqual([
      { spdxId: null, shortName: 'unfree', fullName: 'Unfree', url: null, free: null },
    ]);
  });

  it('tells unfree from free: `free: false`, or an unfree* short name when `free` is unknown', () => {
    expect(licensesUnfree(toLicenses({ shortName: 'foo', fullName: 'Foo', free: false }))).toBe(true);
    expect(licensesUnfree(toLicenses({ shortName: 'unfreeRedistributable', fullName: 'Unfree redistributable' }))).toBe(true);
    expect(licensesUnfree(toLicenses([{ shortName: 'mit', fullName: 'MIT', free: true }, 'GPL']))).toBe(false);
  });
});

describe('teams', () => {
  it('keeps teams with a short name', () => {
    expect(toTeams([{ shortName: 'rust', scope: 'Rust', githubTeams: ['rust'] }, { scope: 'no name' }, 'x'])).toEqual([
      { shortName: 'rust', scope: 'Rust', github: 'rust' },
    ]);
  });
});
