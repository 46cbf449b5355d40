/** Helpers for the indexer's tests (not used at run time). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelConfig } from '@/core/channels/config';
import type { OptionDoc, PackageDoc } from '@/core/documents/types';
import type { Manifest } from '@/core/metadata/manifest';

/** The team's real channel data (read-only). */
export const SHARED_DATA = '/work/shared/data';

/** A temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'nixsearch-indexer-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A channel configuration with defaults for tests. */
export function testChannel(id: string, inputs: Pick<ChannelConfig, 'packages' | 'optionSets'> & Partial<ChannelConfig>): ChannelConfig {
  return {
    label: id,
    revision: 'test-rev',
    sourceBaseUrl: `https://github.com/NixOS/nixpkgs/blob/test-rev/`,
    ...inputs,
    id,
  };
}

/** What a built metadata directory holds. */
export interface BuiltMetadata {
  manifest: Manifest;
  packages: Map<string, PackageDoc>;
  options: Map<string, OptionDoc>;
}

/** Read a channel's metadata directory completely (options keyed by `<set>:<name>`). */
export function readBuilt(dir: string): BuiltMetadata {
  const lines = (f: string) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as unknown);
  const packages = new Map((lines('packages.jsonl') as PackageDoc[]).map((p) => [p.attrPath, p]));
  const options = new Map((lines('options.jsonl') as OptionDoc[]).map((o) => [`${o.optionSet}:${o.name}`, o]));
  return { manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest, packages, options };
}

/** Names in `<dataDir>/metadata` (to assert that no temporary directories are left). */
export function metadataEntries(dataDir: string): string[] {
  const root = join(dataDir, 'metadata');
  return existsSync(root) ? readdirSync(root).sort() : [];
}
