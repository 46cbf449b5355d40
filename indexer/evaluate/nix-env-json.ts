/**
 * Copy `nix-env -qa --json` output to a file, line by line, dropping half-printed entries.
 *
 * Why: nix-env (2.8 at least) prints each package while it evaluates its meta; when a meta
 * attribute throws, it skips the package but leaves what it had printed, e.g.
 *   "available": ⏎ }
 * which is not JSON. The output is indented one key per line, packages at two spaces, so a
 * package is the lines from `  "attr": {` to `  }`, and a broken one has a line that ends in
 * `": ` (a key with no value). Those packages are dropped, as nix-env meant to.
 * Output in another layout (other Nix versions) is copied unchanged.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** What the copy kept and dropped. */
export interface NixEnvCopyResult {
  /** Packages written. */
  entries: number;
  /** Attribute paths of packages dropped because nix-env printed them half. */
  dropped: string[];
  bytes: number;
}

const ENTRY_START = /^ {2}("(?:[^"\\]|\\.)*"): \{$/;
const ENTRY_END = /^ {2}\},?$/;
const MISSING_VALUE = /": $/;

/** Stream `input` (nix-env's stdout) to `output`, repaired; resolves once `output` is finished. */
export async function copyNixEnvJson(
  input: Readable,
  output: Writable,
  onProgress?: (entries: number, bytes: number) => void,
): Promise<NixEnvCopyResult> {
  const result: NixEnvCopyResult = { entries: 0, dropped: [], bytes: 0 };
  const write = async (text: string) => {
    result.bytes += Buffer.byteLength(text);
    if (!output.write(text)) await once(output, 'drain');
  };
  const closed = new Promise<void>((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
  });

  let layout: 'unknown' | 'indented' | 'other' = 'unknown';
  let entry: string[] | undefined;
  let broken = false;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (layout === 'unknown') {
      layout = line === '{' ? 'indented' : 'other';
      if (layout === 'indented') {
        await write('{\n');
        continue;
      }
    }
    if (layout === 'other') {
      await write(line + '\n');
      continue;
    }
    if (entry === undefined) {
      if (ENTRY_START.test(line)) {
        entry = [line];
        broken = false;
      }
      continue;
    }
    entry.push(line);
    if (MISSING_VALUE.test(line)) broken = true;
    if (!ENTRY_END.test(line)) continue;
    if (broken) {
      result.dropped.push(JSON.parse(ENTRY_START.exec(entry[0]!)![1]!) as string);
    } else {
      entry[entry.length - 1] = '  }';
      await write((result.entries > 0 ? ',\n' : '') + entry.join('\n'));
      result.entries += 1;
      if (result.entries % 1000 === 0) onProgress?.(result.entries, result.bytes);
    }
    entry = undefined;
  }
  // A package cut off at the end means nix-env stopped mid-way; it then exits non-zero and the
  // caller discards this file.
  if (layout === 'indented') await write(result.entries > 0 ? '\n}\n' : '}\n');
  onProgress?.(result.entries, result.bytes);
  output.end();
  await closed;
  return result;
}
