/**
 * Is this input of the kind it was given as? Checked on its first entries, so that an
 * options.json given as packages (or the reverse) fails at once with a clear message
 * instead of being skipped entry by entry.
 */
import { WrongKindError } from '../errors';
import type { InputKind } from './entries';
import type { ScannedEntry } from './scanner';

/** How many leading entries the check looks at. */
export const KIND_SAMPLE = 200;

/** What an entry looks like: a package, an option, or neither. */
export function classifyEntry(value: unknown): 'packages' | 'options' | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.loc) || (Array.isArray(v.declarations) && ('description' in v || 'type' in v))) return 'options';
  if (typeof v.name === 'string' && (typeof v.meta === 'object' || 'pname' in v || 'outputs' in v || 'system' in v)) return 'packages';
  return null;
}

const NAMES: Record<InputKind, string> = { packages: 'packages', options: 'options' };

/** Throw WrongKindError unless some of the first entries are of the expected kind. */
export function checkKind(location: string, expected: InputKind, sample: ScannedEntry[]): void {
  if (sample.length === 0) throw new WrongKindError(`${location} holds no ${NAMES[expected]} (the JSON object is empty)`);
  const counts = { packages: 0, options: 0, other: 0 };
  for (const entry of sample.slice(0, KIND_SAMPLE)) counts[classifyEntry(entry.value) ?? 'other']++;
  if (counts[expected] > 0) return;
  const other: InputKind = expected === 'packages' ? 'options' : 'packages';
  const example = sample[0]!.key;
  if (counts[other] > 0) {
    throw new WrongKindError(`${location} holds ${NAMES[other]}, not ${NAMES[expected]} (first entry: "${example}")`);
  }
  throw new WrongKindError(
    `${location} does not look like ${expected === 'packages' ? 'a packages' : 'an options'} file: none of its first ${Math.min(sample.length, KIND_SAMPLE)} entries is one (first entry: "${example}")`,
  );
}
