import { describe, expect, it } from 'vitest';
import { identifierTokens, indexTextTokens, pathPrefixes, stem, textTokens } from './tokens';
import { boundedEditDistance } from './edit-distance';

describe('identifierTokens', () => {
  it.each([
    ['python312Packages', ['python312packages', 'python312', 'python', '312', 'packages']],
    ['allowedTCPPorts', ['allowedtcpports', 'allowed', 'tcp', 'ports']],
    ['nodejs_22', ['nodejs_22', 'nodejs22', 'nodejs', '22']],
    ['home-assistant', ['home-assistant', 'homeassistant', 'home', 'assistant']],
    ['python3Full', ['python3full', 'python3', 'python', '3', 'full']],
    ['systemd-boot', ['systemd-boot', 'systemdboot', 'systemd', 'boot']],
    ['rg', ['rg']],
  ])('%s', (input, expected) => {
    expect(identifierTokens(input)).toEqual(expected);
  });

  it('copes with empty, Unicode and odd input', () => {
    expect(identifierTokens('')).toEqual([]);
    expect(identifierTokens('--')).toEqual(['--']);
    expect(identifierTokens('Ünïcödé-Tool')).toContain('ünïcödé');
    expect(identifierTokens('ＦＵＬＬ')).toEqual(['full']);
  });
});

describe('text analysis', () => {
  it('lowercases, splits on non-word characters and stems (Porter)', () => {
    expect(textTokens('S3-compatible object Storage servers; e-mail Libraries')).toEqual([
      's3', 'compat', 'object', 'storag', 'server', 'e', 'mail', 'librari',
    ]);
    expect(stem('ports')).toBe('port');
    expect(stem('managing')).toBe(stem('management'));
    expect(stem('日本語')).toBe('日本語');
  });

  it('indexes hyphen compounds written together after the words', () => {
    expect(indexTextTokens('Full-featured e-mail client')).toEqual(['full', 'featur', 'e', 'mail', 'client', 'fullfeatur', 'email']);
  });

  it('path prefixes', () => {
    expect(pathPrefixes(['services', 'nginx', 'enable'])).toEqual(['services', 'services.nginx', 'services.nginx.enable']);
  });
});

/** Plain optimal-string-alignment distance, for comparison. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('boundedEditDistance', () => {
  it('counts transpositions as one edit', () => {
    expect(boundedEditDistance('ngnix', 'nginx', 2)).toBe(1);
    expect(boundedEditDistance('promethues', 'prometheus', 2)).toBe(1);
    expect(boundedEditDistance('samaba', 'samba', 2)).toBe(1);
    expect(boundedEditDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('agrees with the plain algorithm on random strings (capped at max + 1)', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = () => Array.from({ length: 1 + Math.floor(rand() * 8) }, () => 'abcd'[Math.floor(rand() * 4)]).join('');
    for (let i = 0; i < 2000; i++) {
      const a = word();
      const b = word();
      for (const max of [1, 2]) expect(boundedEditDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
    }
  });
});
