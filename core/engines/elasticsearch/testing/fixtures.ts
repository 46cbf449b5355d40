/**
 * Test-only: small channel inputs for the Elasticsearch backend's own tests (the shared
 * backend suite in core/engines/testing has its own corpus).
 */
import { SCHEMA_VERSION, type OptionDoc, type PackageDoc } from '../../../documents/types';
import type { Manifest } from '../../../metadata/manifest';
import type { PublishInput } from '../../../search/engine';

/** A package document with plausible defaults. */
export function packageDoc(attrPath: string, description = `The ${attrPath} package`, extra: Partial<PackageDoc> = {}): PackageDoc {
  const segments = attrPath.split('.');
  const leaf = segments[segments.length - 1]!;
  return {
    kind: 'package',
    attrPath,
    packageSet: segments.length > 1 ? segments[0]! : '',
    pname: leaf,
    version: '1.0',
    name: `${leaf}-1.0`,
    description,
    longDescription: null,
    homepages: [],
    licenses: [{ spdxId: 'MIT', shortName: 'mit', fullName: 'MIT License', url: null, free: true }],
    maintainers: [{ name: 'Alice', github: 'alice', email: null }],
    teams: [],
    platforms: ['x86_64-linux'],
    outputs: ['out'],
    defaultOutput: 'out',
    outputsToInstall: [],
    mainProgram: null,
    programs: [],
    flags: { broken: false, insecure: false, unfree: false, unsupported: false },
    position: null,
    sourceUrl: null,
    ...extra,
  };
}

/** A NixOS option document. */
export function optionDoc(name: string, text = `Option ${name}.`): OptionDoc {
  return {
    kind: 'option',
    name,
    loc: name.split('.'),
    optionSet: 'nixos',
    description: { html: `<p>${text}</p>`, text },
    type: 'boolean',
    default: { text: 'false', rendered: null },
    example: null,
    readOnly: false,
    declarations: [],
  };
}

async function* iterate<T>(items: Iterable<T>): AsyncIterable<T> {
  for (const item of items) yield item;
}

/** A publish input over in-memory documents (counts taken from the arrays). */
export function channelInput(channel: string, revision: string, packages: PackageDoc[], options: OptionDoc[], contentHash = revision): PublishInput {
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    channel: { id: channel, label: `Test ${channel}`, revision, sourceBaseUrl: 'https://example.org/src/' },
    sources: [],
    counts: { packages: packages.length, options: options.length > 0 ? { nixos: options.length } : {} },
    skipped: {},
    timings: {},
    contentHash,
    tool: { name: 'test', version: '0' },
    createdAt: new Date().toISOString(),
  };
  return { manifest, packages: () => iterate(packages), options: () => iterate(options) };
}

/** `count` generated packages (`gen00000` …), lazily, for large loads. */
export function generatedInput(channel: string, revision: string, count: number): PublishInput {
  const input = channelInput(channel, revision, [], [], `${revision}-${count}`);
  input.manifest.counts.packages = count;
  input.packages = async function* () {
    for (let i = 0; i < count; i++) {
      yield packageDoc(`gen${String(i).padStart(6, '0')}`, `Generated package number ${i} for load tests with some words`);
    }
  };
  return input;
}
