/** The CLI end to end on the tiny fixture channel, into a temporary data directory. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteEngine } from '@/core/engines/sqlite/engine';
import { metadataEntries, readBuilt, runCli, snapshotDir, tempDir, TINY } from './test-support';

let dataDir: string;
let cleanup: () => void;
const channels = join(TINY, 'channels.json');

beforeAll(() => {
  ({ dir: dataDir, cleanup } = tempDir('nixsearch-cli-'));
});
afterAll(() => cleanup());

describe('index CLI', () => {
  it('prints help for the program and every command', async () => {
    const commands = [[], ['build'], ['load'], ['update'], ['channels']];
    const runs = await Promise.all(commands.map((c) => runCli([...c, '--help'])));
    runs.forEach((run, i) => {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: index/);
      if (i > 0) expect(run.stdout).toContain('--channel <id>');
    });
    expect(runs[1]!.stdout).toContain('--home-manager-options <file|url>');
    expect(runs[2]!.stdout).toContain('--engine <name>');
  });

  it('builds the metadata, then reuses it when nothing changed', async () => {
    const first = await runCli(['build', '--channels-file', channels, '--data-dir', dataDir]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('tiny: packages: 3 written, 2 skipped');
    expect(first.stderr).toMatch(/tiny: 3 packages, 4 options, 3 skipped\nDone in/);
    const built = readBuilt(join(dataDir, 'metadata', 'tiny'));
    expect(built.manifest.counts).toEqual({ packages: 3, options: { nixos: 3, 'home-manager': 1 } });
    expect(built.manifest.skipped).toEqual({ 'packages/not-an-object': 1, 'packages/missing-name': 1, 'options.nixos/not-an-object': 1 });
    expect(built.packages.get('python312Packages.tinylib')).toMatchObject({
      packageSet: 'python312Packages',
      maintainers: [{ name: 'Old Style', email: 'old@example.org', github: null }],
      licenses: [{ spdxId: null, shortName: 'MIT', fullName: 'MIT', url: null, free: null }],
      sourceUrl: 'https://github.com/NixOS/nixpkgs/blob/0123456789abcdef0123456789abcdef01234567/pkgs/development/python-modules/tinylib/default.nix#L12',
    });
    expect(built.packages.get('evil')!.longDescription!.html).toBe('<p>Click here &#x3C;img src=x onerror=alert(1)> &#x3C;script>alert(2)&#x3C;/script></p>');
    expect(built.packages.get('evil')!.flags).toMatchObject({ broken: true, unfree: true });
    expect(built.options.get('nixos:services.tiny.enable')!.description.html).toBe(
      '<p>Whether to enable the <code>tiny</code> service. See <a href="/options/tiny/services.tiny.port"><code>services.tiny.port</code></a>.</p>',
    );
    expect(built.options.get('nixos:services.tiny.settings')!.default!.text).toBe('{ log-level = "info"; paths = [ "/var/lib/tiny" ]; }');
    expect(metadataEntries(dataDir)).toEqual(['tiny']);

    const before = snapshotDir(join(dataDir, 'metadata', 'tiny'));
    const second = await runCli(['build', '--channels-file', channels, '--data-dir', dataDir]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/tiny: metadata up to date \(inputs unchanged, content hash [0-9a-f]{12}\); reused/);
    expect(snapshotDir(join(dataDir, 'metadata', 'tiny'))).toEqual(before);

    const contentHashBefore = readBuilt(join(dataDir, 'metadata', 'tiny')).manifest.contentHash;
    const forced = await runCli(['build', '--channels-file', channels, '--data-dir', dataDir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('tiny: wrote 3 packages and 4 options');
    // The forced build fingerprints its inputs as the reads hash them: the next plain build
    // sees the same content hash and reuses it.
    const after = await runCli(['build', '--channels-file', channels, '--data-dir', dataDir]);
    expect(after.stderr).toMatch(/tiny: metadata up to date/);
    expect(readBuilt(join(dataDir, 'metadata', 'tiny')).manifest.contentHash).toBe(contentHashBefore);
  });

  it('loads the metadata into the embedded engine, and skips an unchanged channel', async () => {
    const load = await runCli(['load', '--channels-file', channels, '--data-dir', dataDir, '--engine', 'sqlite']);
    expect(load.code, load.stderr).toBe(0);
    expect(load.stderr).toContain('tiny: published (3 packages, 4 options)');
    const engine = new SqliteEngine({ dir: join(dataDir, 'sqlite'), channelOrder: ['tiny'] });
    try {
      expect((await engine.getPackage('tiny', 'hello'))?.mainProgram).toBe('hello');
      expect((await engine.getOption('tiny', 'home-manager', 'programs.tiny.enable'))?.declarations[0]!.url).toMatch(/^https:\/\/github.com\/nix-community/);
      const found = await engine.search({ channel: 'tiny', kind: 'package', query: 'hello', filters: {}, sort: 'relevance', from: 0, size: 10 });
      expect(found.hits[0]?.doc.attrPath).toBe('hello');
    } finally {
      await engine.close();
    }
    const again = await runCli(['update', '--channels-file', channels, '--data-dir', dataDir, '--engine', 'sqlite']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('metadata up to date');
    expect(again.stderr).toContain('tiny: already live');
  });

  it('lists channels', async () => {
    const run = await runCli(['channels', '--channels-file', channels, '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^tiny\tTiny test channel\t0123456789abcdef0123456789abcdef01234567\tbuilt .+, 3 packages\n$/);
  });

  it('builds an ad-hoc channel from files given on the command line', async () => {
    const run = await runCli(['build', '-c', 'adhoc', '--data-dir', dataDir, '--packages', join(TINY, 'packages.json'), '--revision', 'abc']);
    expect(run.code, run.stderr).toBe(0);
    const built = readBuilt(join(dataDir, 'metadata', 'adhoc'));
    expect(built.manifest.channel).toEqual({ id: 'adhoc', label: 'adhoc', revision: 'abc', sourceBaseUrl: 'https://github.com/NixOS/nixpkgs/blob/abc/' });
    expect(built.manifest.counts).toEqual({ packages: 3, options: {} });
  });

  it('fails with one clear line for unknown channels, bad configuration and bad usage, publishing nothing', async () => {
    const before = snapshotDir(join(dataDir, 'metadata', 'tiny'));
    const entries = metadataEntries(dataDir);
    const unknown = await runCli(['build', '--channels-file', channels, '--data-dir', dataDir, '-c', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('error: Unknown channel "nope". Known channels: tiny\n');

    const { dir, cleanup: done } = tempDir();
    try {
      const bad = join(dir, 'channels.json');
      await import('node:fs').then((fs) => fs.writeFileSync(bad, JSON.stringify({ channels: [{ id: 'x y', label: '', revision: 'r', sourceBaseUrl: 'not a url' }] })));
      const invalid = await runCli(['build', '--channels-file', bad, '--data-dir', dataDir]);
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toMatch(/^error: Invalid channel configuration .*channels\.json:\n  - channels\.0\.id: channel ids are letters/);
      expect(invalid.stderr).toContain('channels.0.sourceBaseUrl');
      expect(invalid.stderr).not.toMatch(/\n\s+at /);

      const missing = await runCli(['build', '--channels-file', join(dir, 'none.json'), '--data-dir', dataDir]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/^error: Cannot read channel configuration .*none\.json: ENOENT/);
    } finally {
      done();
    }

    const twoChannels = await runCli(['build', '-c', 'a', '-c', 'b', '--packages', 'x.json']);
    expect(twoChannels.stderr).toBe('error: Ad-hoc inputs (--packages, --options, --home-manager-options, --nixpkgs) need exactly one --channel <id>\n');
    const jobs = await runCli(['build', '--jobs', 'many']);
    expect(jobs.code).toBe(1);
    expect(jobs.stderr).toContain("option '--jobs <n>' argument 'many' is invalid. expected a whole number from 0 to 64");
    expect(existsSync(join(dataDir, 'metadata', 'a'))).toBe(false);
    expect(snapshotDir(join(dataDir, 'metadata', 'tiny'))).toEqual(before);
    expect(metadataEntries(dataDir)).toEqual(entries);
  });

  it('prints the stack only with --verbose', async () => {
    const quiet = await runCli(['build', '-c', 'v', '--data-dir', dataDir, '--packages', join(TINY, 'missing.json')]);
    expect(quiet.stderr).toBe(`error: File not found: ${join(TINY, 'missing.json')}\n`);
    const verbose = await runCli(['build', '-c', 'v', '--data-dir', dataDir, '--packages', join(TINY, 'missing.json'), '--verbose']);
    expect(verbose.stderr).toMatch(/InputError: File not found: .*\n\s+at /);
  });
});
