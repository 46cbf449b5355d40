import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nixAttrName, toNixText } from './nix-text';

const DATA = '/work/shared/data';

describe('toNixText', () => {
  it('prints JSON values in Nix syntax', () => {
    expect(toNixText(null)).toBe('null');
    expect(toNixText(false)).toBe('false');
    expect(toNixText(-3)).toBe('-3');
    expect(toNixText(1e-7)).toBe('1.0e-7');
    expect(toNixText('a "b" ${c} \\')).toBe('"a \\"b\\" \\${c} \\\\"');
    expect(toNixText([])).toBe('[ ]');
    expect(toNixText({})).toBe('{ }');
    expect(toNixText([1, -2, 'x'])).toBe('[ 1 (-2) "x" ]');
    expect(toNixText({ localhost: {} })).toBe('{ localhost = { }; }');
    expect(toNixText({ 'a.b': 1, if: true, "x'": null })).toBe(`{ "a.b" = 1; "if" = true; x' = null; }`);
    expect(toNixText({ luksroot: { device: '/dev/disk/by-uuid/430e9eff-d852-4f68-aa3b-2fa3599ebe08' } })).toBe(
      '{\n  luksroot = {\n    device = "/dev/disk/by-uuid/430e9eff-d852-4f68-aa3b-2fa3599ebe08";\n  };\n}',
    );
    expect(toNixText('line one\nline two\n')).toBe("''\n  line one\n  line two\n''");
    expect(toNixText([{ _type: 'literalExpression', text: 'pkgs.hello' }])).toBe('[ pkgs.hello ]');
  });

  it('quotes attribute names only when needed', () => {
    expect(['foo', 'foo-bar_1', "a'", 'in', '1x', 'a b', ''].map(nixAttrName)).toEqual([
      'foo', 'foo-bar_1', "a'", '"in"', '"1x"', '"a b"', '""',
    ]);
  });

  it('prints every JSON default and example of real options.json so that Nix evaluates it back to the same value', () => {
    const values: unknown[] = [];
    const hasLiteral = (v: unknown): boolean =>
      typeof v === 'object' && v !== null && (Array.isArray(v) ? v.some(hasLiteral) : '_type' in v || Object.values(v).some(hasLiteral));
    for (const file of ['nixos-24.11/options.json.br', 'nixos-20.09/options.json.br']) {
      const options = JSON.parse(brotliDecompressSync(readFileSync(join(DATA, file))).toString()) as Record<string, Record<string, unknown>>;
      for (const o of Object.values(options)) for (const key of ['default', 'example']) if (key in o && !hasLiteral(o[key])) values.push(o[key]);
    }
    // Plus the awkward cases.
    values.push('${x} \'\' $ \\ \t \r', '  indented\n  text\n', 'a\n\n  b\n', "ends with ''", { 'with space': [-1, -0.5, 1e21] });
    expect(values.length).toBeGreaterThan(15_000);
    const dir = mkdtempSync(join(tmpdir(), 'nixsearch-nixtext-'));
    try {
      const file = join(dir, 'values.nix');
      writeFileSync(file, `[\n${values.map((v) => `(${toNixText(v)})`).join('\n')}\n]\n`);
      const out = execFileSync('nix-instantiate', ['--eval', '--strict', '--json', file], { maxBuffer: 1 << 28 }).toString();
      expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(values)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
