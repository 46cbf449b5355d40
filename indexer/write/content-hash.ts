/**
 * The content hash of a channel's metadata: SHA-256 over the input fingerprints, the channel
 * settings that shape the documents (revision, source-link bases, label), the schema version and
 * the tool version. Equal hash ⇒ the metadata would come out the same, so the build reuses it
 * and engines skip re-publishing it.
 */
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type OptionSetId } from '@/core/documents/types';
import type { ChannelMeta } from '@/core/metadata/manifest';
import { TOOL_VERSION } from '../version';

/** Identity of one input: `sha256:<hex>` of its raw bytes, or `git:<commit>` of a clean nixpkgs checkout. */
export interface InputFingerprint {
  kind: 'packages' | 'options';
  optionSet?: OptionSetId;
  method: 'artifact' | 'nix';
  fingerprint: string;
}

/** Hash of everything the documents depend on. */
export function contentHash(
  channel: ChannelMeta,
  optionSetBases: Partial<Record<OptionSetId, string>>,
  inputs: InputFingerprint[],
): string {
  const material = {
    schemaVersion: SCHEMA_VERSION,
    tool: TOOL_VERSION,
    channel: { id: channel.id, label: channel.label, revision: channel.revision, sourceBaseUrl: channel.sourceBaseUrl },
    optionSetBases,
    inputs: inputs.map((i) => [i.kind, i.optionSet ?? '', i.method, i.fingerprint]),
  };
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}
