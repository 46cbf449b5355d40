/**
 * Index and alias names. A channel has one read alias per kind,
 *   <prefix>-v<schema>-<channel>-<packages|options>
 * pointing at exactly one index,
 *   <prefix>-v<schema>-<channel>-<packages|options>-<revision>-<unique>
 * so a new build always sits beside the live one and a new schema never touches old indices.
 * Which channel an index belongs to is read from its mapping `_meta` (see metadata.ts),
 * never parsed back from the name.
 */
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type DocKind } from '../../documents/types';

/** The plural used in names. */
export function kindPart(kind: DocKind): string {
  return kind === 'package' ? 'packages' : 'options';
}

const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 8);

/**
 * A part of an index name: lowercase `[a-z0-9._-]`, at most `max` characters. When the
 * text had to change (uppercase, other characters, too long) a hash of the original is
 * appended, so two different inputs never share a name.
 */
export function namePart(text: string, max = 48): string {
  const cleaned = text.toLowerCase().replace(/[^a-z0-9._-]+/g, '_').replace(/^[-_.]+/, '');
  if (cleaned === text && cleaned.length <= max && cleaned.length > 0) return cleaned;
  return `${cleaned.slice(0, max - 9)}_${shortHash(text)}`.replace(/^_/, 'x_');
}

/** The read alias of a channel's documents of one kind. */
export function aliasName(prefix: string, channel: string, kind: DocKind): string {
  return `${prefix}-v${SCHEMA_VERSION}-${namePart(channel)}-${kindPart(kind)}`;
}

/** A new, unique index name for a build of a channel at a revision. */
export function newIndexName(prefix: string, channel: string, kind: DocKind, revision: string): string {
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0')}`;
  return `${aliasName(prefix, channel, kind)}-${namePart(revision, 40)}-${unique}`;
}

/** Wildcard that matches every index and alias of this prefix (any schema version). */
export function prefixPattern(prefix: string): string {
  return `${prefix}-v*`;
}
