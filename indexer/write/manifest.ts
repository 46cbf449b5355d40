/** The manifest of a channel's metadata, written last into the staging directory. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { METADATA_FILES, manifestSchema, type Manifest } from '@/core/metadata/manifest';

/** Validate and write `manifest.json` into a metadata directory. */
export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const valid = manifestSchema.parse(manifest);
  await writeFile(join(dir, METADATA_FILES.manifest), JSON.stringify(valid, null, 2) + '\n');
}
