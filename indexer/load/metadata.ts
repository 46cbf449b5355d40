/**
 * Read a channel's metadata directory back: the manifest (validated with zod) and the JSON
 * Lines files as re-iterable streams, checked against the manifest's counts, in the shape
 * engines publish (PublishInput).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OptionDoc, PackageDoc } from '@/core/documents/types';
import { METADATA_FILES, manifestSchema, optionCount, type Manifest } from '@/core/metadata/manifest';
import type { PublishInput } from '@/core/search/engine';
import { MetadataError } from '../errors';

/** Read and validate `manifest.json`; MetadataError when missing or invalid. */
export function readManifest(dir: string): Manifest {
  const file = join(dir, METADATA_FILES.manifest);
  if (!existsSync(file)) throw new MetadataError(`No metadata in ${dir} (${METADATA_FILES.manifest} is missing); run the build first`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new MetadataError(`Cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new MetadataError(`Invalid manifest ${file}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The manifest when the directory holds complete, valid metadata; null otherwise. */
export function readManifestIfComplete(dir: string): Manifest | null {
  try {
    const manifest = readManifest(dir);
    const complete = [METADATA_FILES.packages, METADATA_FILES.options].every((f) => existsSync(join(dir, f)));
    return complete ? manifest : null;
  } catch {
    return null;
  }
}

/** Stream the documents of a JSON Lines file; throws when the count differs from `expected`. */
export async function* readJsonLines<T>(file: string, expected: number): AsyncGenerator<T> {
  if (!existsSync(file)) throw new MetadataError(`Metadata file missing: ${file}`);
  let rest = '';
  let line = 0;
  const parse = (text: string): T => {
    line++;
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new MetadataError(`${file}:${line}: invalid JSON (${(error as Error).message})`, { cause: error });
    }
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop()!;
    for (const text of lines) if (text !== '') yield parse(text);
  }
  if (rest.trim() !== '') yield parse(rest);
  if (line !== expected) {
    throw new MetadataError(`${file} holds ${line} documents but its manifest says ${expected}; rebuild the metadata`);
  }
}

/** A metadata directory as engines publish it. */
export function openMetadata(dir: string): PublishInput {
  const manifest = readManifest(dir);
  const optionTotal = optionCount(manifest);
  return {
    manifest,
    packages: () => readJsonLines<PackageDoc>(join(dir, METADATA_FILES.packages), manifest.counts.packages),
    options: () => readJsonLines<OptionDoc>(join(dir, METADATA_FILES.options), optionTotal),
  };
}
