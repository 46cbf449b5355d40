/**
 * Test-only: small channel inputs for the Elasticsearch backend's own tests, as short calls
 * over the shared suite's document builders (core/engines/testing/fixtures.ts).
 */
import type { OptionDoc, PackageDoc } from '../../../documents/types';
import type { PublishInput } from '../../../search/engine';
import { fixtureInput, opt, pkg } from '../../testing/fixtures';

/** A package document with a description and plausible defaults. */
export function packageDoc(attrPath: string, description = `The ${attrPath} package`, extra: Partial<PackageDoc> = {}): PackageDoc {
  return pkg(attrPath, { description, ...extra });
}

/** A NixOS option document with a one-sentence description and no declarations. */
export function optionDoc(name: string, text = `Option ${name}.`): OptionDoc {
  return opt(name, { description: { html: `<p>${text}</p>`, text }, declarations: [] });
}

/** A publish input over in-memory documents (counts taken from the arrays; content hash = revision). */
export function channelInput(channel: string, revision: string, packages: PackageDoc[], options: OptionDoc[], contentHash = revision): PublishInput {
  return fixtureInput(channel, revision, packages, options, { contentHash });
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
