import { describe, expect, it } from 'vitest';
import { compareVersions, NewestVersions } from './versions';

describe('compareVersions', () => {
  it.each([
    ['4.0.6', '3.00', 1],
    ['10.1', '9.9', 1],
    ['1.2.1', '1.2', 1],
    ['1.2', '1.2', 0],
    ['17.0', '17.0-rc1', -1],
    ['2024-11-01', '2024-02-28', 1],
    ['unstable-2024-01-01', '1.0', -1],
  ])('%s vs %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });
});

describe('NewestVersions', () => {
  it('keeps the newest version of each pname shared by several packages', () => {
    const v = new NewestVersions();
    v.add('transmission', '3.00');
    v.add('transmission', '4.0.6');
    v.add('transmission', '3.00');
    v.add('ripgrep', '14.1.1');
    expect(v.build()).toEqual(new Map([['transmission', '4.0.6']]));
  });
});
