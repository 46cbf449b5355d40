/**
 * The older eras through the whole pipeline: 16.09 (flat plain packages.json, options.json.gz,
 * string maintainers, DocBook), 20.09 (flat brotli packages), and the nixos-unstable options of
 * 2025 (an options-only channel). Exact counts and golden entries; worker threads and the main
 * thread give byte-identical output.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuilt, SHARED_DATA, tempDir, testChannel, type BuiltMetadata } from '../test-support';
import { buildChannel } from './build';

let dataDir: string;
let cleanup: () => void;
beforeAll(() => ({ dir: dataDir, cleanup } = tempDir()));
afterAll(() => cleanup());

const base = (rev: string) => `https://github.com/NixOS/nixpkgs/blob/${rev}/`;

describe('nixos-16.09 (plain packages.json, options.json.gz)', () => {
  let built: BuiltMetadata;
  let builtDir: string;
  const channel = (id: string) =>
    testChannel(id, {
      sourceBaseUrl: base('release-16.09'),
      packages: { artifact: join(SHARED_DATA, 'nixos-16.09/packages.json') },
      optionSets: [{ id: 'nixos', source: { artifact: join(SHARED_DATA, 'nixos-16.09/options.json.gz') } }],
    });

  beforeAll(async () => {
    builtDir = (await buildChannel(channel('nixos-16.09'), { dataDir, jobs: 2 })).dir;
    built = readBuilt(builtDir);
  });

  it('keeps every entry', () => {
    expect(built.manifest.counts).toEqual({ packages: 11_614, options: { nixos: 3_987 } });
    expect(built.manifest.skipped).toEqual({});
  });

  it('publishes a directory others can read (not the private mode of a temporary directory)', () => {
    expect(statSync(builtDir).mode & 0o777).toBe(0o755);
  });

  it('turns "Name <email>" maintainers into name and email', () => {
    const hello = built.packages.get('hello')!;
    expect(hello.maintainers).toEqual([{ name: 'Eelco Dolstra', email: 'eelco.dolstra@logicblox.com', github: null }]);
    expect(hello.licenses).toEqual([
      { spdxId: 'GPL-3.0+', shortName: 'gpl3Plus', fullName: 'GNU General Public License v3.0 or later', url: 'http://spdx.org/licenses/GPL-3.0+', free: null },
    ]);
    expect(hello.flags.unfree).toBe(false);
    expect(hello.longDescription).toEqual({
      html: '<p>GNU Hello is a program that prints "Hello, world!" when you run it.\nIt is fully customizable.</p>',
      text: 'GNU Hello is a program that prints "Hello, world!" when you run it. It is fully customizable.',
    });
  });

  it('renders DocBook: <literal>/<filename> become inline code', () => {
    expect(built.options.get('nixos:boot.cleanTmpDir')!.description).toEqual({
      html: '<p>Whether to delete all files in <code>/tmp</code> during boot.</p>',
      text: 'Whether to delete all files in /tmp during boot.',
    });
    expect(built.options.get('nixos:boot.loader.grub.version')!.description.html).toBe(
      '<p>The version of GRUB to use: <code>1</code> for GRUB\nLegacy (versions 0.9x), or <code>2</code> (the\ndefault) for GRUB 2.</p>',
    );
    for (const o of built.options.values()) expect(o.description.html).not.toMatch(/<\/?(literal|filename|option|para|link|xref|command)\b/);
  });

  it('gives identical output in the main thread and in worker threads', async () => {
    // Same channel id (rendered option links contain it), another data directory.
    const single = await buildChannel(channel('nixos-16.09'), { dataDir: join(dataDir, 'single'), jobs: 0 });
    const dir = join(dataDir, 'metadata', 'nixos-16.09');
    for (const file of ['packages.jsonl', 'options.jsonl']) {
      expect(readFileSync(join(single.dir, file)).equals(readFileSync(join(dir, file))), file).toBe(true);
    }
  });
});

describe('nixos-20.09 (flat packages.json.br)', () => {
  let built: BuiltMetadata;
  beforeAll(async () => {
    const channel = testChannel('nixos-20.09', {
      sourceBaseUrl: base('release-20.09'),
      packages: { artifact: join(SHARED_DATA, 'nixos-20.09/packages.json.br') },
      optionSets: [{ id: 'nixos', source: { artifact: join(SHARED_DATA, 'nixos-20.09/options.json.br') } }],
    });
    built = readBuilt((await buildChannel(channel, { dataDir })).dir);
  });

  it('keeps every entry', () => {
    expect(built.manifest.counts).toEqual({ packages: 47_568, options: { nixos: 9_603 } });
    expect(built.manifest.skipped).toEqual({});
  });

  it('normalises packages and DocBook options', () => {
    const rg = built.packages.get('ripgrep')!;
    expect(rg.licenses.map((l) => l.spdxId)).toEqual(['Unlicense', 'MIT']);
    expect(rg.mainProgram).toBeNull();
    expect(rg.sourceUrl).toBe(`${base('release-20.09')}pkgs/tools/text/ripgrep/default.nix#L38`);
    expect(built.options.get('nixos:appstream.enable')!.description.html).toBe(
      '<p>Whether to install files to support the \n<a href="https://www.freedesktop.org/software/appstream/docs/index.html" rel="nofollow noopener">AppStream metadata specification</a>.</p>',
    );
    expect(built.options.get('nixos:services.nginx.enable')).toMatchObject({ type: 'boolean', default: { text: 'false' } });
  });
});

describe('nixos-unstable options of 2025 (options-only channel)', () => {
  it('keeps every option', async () => {
    const channel = testChannel('nixos-unstable', {
      optionSets: [{ id: 'nixos', source: { artifact: join(SHARED_DATA, 'extra/nixos-unstable-2025-options.json.br') } }],
    });
    const built = readBuilt((await buildChannel(channel, { dataDir })).dir);
    expect(built.manifest.counts).toEqual({ packages: 0, options: { nixos: 20_919 } });
    expect(built.manifest.skipped).toEqual({});
    expect(built.options.get('nixos:services.nginx.enable')!.declarations[0]!.name).toBe('nixos/modules/services/web-servers/nginx/default.nix');
  });
});
