/**
 * The real nixos-24.11 artifacts (channel-format packages.json.br, options.json.br) and the
 * Home Manager options (plain JSON) through the whole pipeline: exact counts and golden entries.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuilt, SHARED_DATA, tempDir, testChannel, type BuiltMetadata } from '../test-support';
import { buildChannel } from './build';

const BASE = 'https://github.com/NixOS/nixpkgs/blob/nixos-24.11/';
let built: BuiltMetadata;
let cleanup: () => void;

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const channel = testChannel('nixos-24.11', {
    sourceBaseUrl: BASE,
    packages: { artifact: join(SHARED_DATA, 'nixos-24.11/packages.json.br') },
    optionSets: [
      { id: 'nixos', source: { artifact: join(SHARED_DATA, 'nixos-24.11/options.json.br') } },
      {
        id: 'home-manager',
        source: { artifact: join(SHARED_DATA, 'extra/home-manager-options.json') },
        sourceBaseUrl: 'https://github.com/nix-community/home-manager/blob/master/',
      },
    ],
  });
  const result = await buildChannel(channel, { dataDir: tmp.dir });
  built = readBuilt(result.dir);
});

afterAll(() => cleanup());

describe('nixos-24.11 artifacts', () => {
  it('keeps every entry: exact counts, nothing skipped', () => {
    expect(built.manifest.counts).toEqual({ packages: 77_836, options: { nixos: 19_838, 'home-manager': 3_753 } });
    expect(built.manifest.skipped).toEqual({});
    expect(built.packages.size).toBe(77_836);
    expect(built.options.size).toBe(19_838 + 3_753);
  });

  it('normalises ripgrep', () => {
    const rg = built.packages.get('ripgrep')!;
    expect(rg).toMatchObject({ pname: 'ripgrep', version: '14.1.1', packageSet: '', mainProgram: 'rg', programs: ['rg'], defaultOutput: 'out' });
    expect(rg.licenses.map((l) => l.spdxId)).toEqual(['Unlicense', 'MIT']);
    expect(rg.licenses.every((l) => l.free === true)).toBe(true);
    expect(rg.maintainers).toContainEqual({ name: 'Robin Gloster', github: 'globin', email: 'mail@glob.in' });
    expect(rg.maintainers.every((m) => m.github)).toBe(true);
    expect(rg.sourceUrl).toBe(`${BASE}pkgs/by-name/ri/ripgrep/package.nix#L56`);
    expect(rg.flags).toEqual({ broken: false, insecure: false, unfree: false, unsupported: false });
  });

  it('derives package sets from nested attribute paths', () => {
    const nested = [...built.packages.values()].find((p) => p.attrPath.startsWith('python312Packages.'))!;
    expect(nested.packageSet).toBe('python312Packages');
    for (const p of built.packages.values()) expect(p.packageSet).toBe(p.attrPath.includes('.') ? p.attrPath.split('.')[0] : '');
  });

  it('normalises services.nginx.enable with a link to its declaration at the revision', () => {
    const nginx = built.options.get('nixos:services.nginx.enable')!;
    expect(nginx).toMatchObject({ type: 'boolean', loc: ['services', 'nginx', 'enable'], readOnly: false, default: { text: 'false', rendered: null } });
    expect(nginx.declarations).toEqual([
      {
        name: 'nixos/modules/services/web-servers/nginx/default.nix',
        url: `${BASE}nixos/modules/services/web-servers/nginx/default.nix`,
      },
    ]);
  });

  it('keeps literalExpression text, prints JSON values as Nix, renders literalMD', () => {
    expect(built.options.get('nixos:boot.initrd.clevis.package')!.default).toEqual({ text: 'pkgs.clevis', rendered: null });
    expect(built.options.get('nixos:services.nginx.virtualHosts')!.default).toEqual({ text: '{ localhost = { }; }', rendered: null });
    expect(built.options.get('nixos:boot.initrd.luks.devices')!.example!.text).toBe(
      '{\n  luksroot = {\n    device = "/dev/disk/by-uuid/430e9eff-d852-4f68-aa3b-2fa3599ebe08";\n  };\n}',
    );
    const md = built.options.get('nixos:boot.initrd.compressor')!.default!;
    expect(md.rendered!.html).toBe('<p><code>zstd</code> if the kernel supports it (5.9+), <code>gzip</code> if not</p>');
  });

  it('renders Markdown roles, and DocBook leftovers of the Markdown era', () => {
    const sysctl = built.options.get('nixos:boot.kernel.sysctl')!.description;
    expect(sysctl.html).toContain('<code>sysctl(8)</code>');
    expect(sysctl.text).toContain('as set by sysctl(8).');
    expect(built.options.get('nixos:environment.wvdial.dialerDefaults')!.description.html).toBe(
      '<p>Contents of the "Dialer Defaults" section of\n<code>/etc/wvdial.conf</code>.</p>',
    );
  });

  it('keeps Home Manager declarations with their URLs', () => {
    const git = built.options.get('home-manager:programs.git.enable')!;
    expect(git.declarations).toEqual([
      { name: '<home-manager/modules/programs/git.nix>', url: 'https://github.com/nix-community/home-manager/blob/master/modules/programs/git.nix' },
    ]);
    expect(git.optionSet).toBe('home-manager');
  });

  it('produces only sanitised HTML', () => {
    const htmls = [
      ...[...built.packages.values()].map((p) => p.longDescription?.html ?? ''),
      ...[...built.options.values()].map((o) => o.description.html),
    ];
    for (const html of htmls) expect(html).not.toMatch(/<(script|style|iframe|img)\b|\son[a-z]+=|javascript:/i);
  });
});
