/**
 * Layout of a channel database (`<dataDir>/sqlite/<channel>.sqlite`): documents as JSON,
 * FTS5 text indices, the serialised name index (name-index.ts) and channel metadata.
 * `PRAGMA user_version` holds the document SCHEMA_VERSION; `meta.layout` this file's
 * LAYOUT_VERSION. Either differing means the file must be rebuilt (`npm run index -- load`).
 */
import { join } from 'node:path';
import type { TextField } from '@/core/ranking';

/** Version of the table layout below; bump with every change to it. */
export const LAYOUT_VERSION = 9;

/** FTS5 tokenizer: the text is pre-tokenised by core/analysis (words of letters, marks and digits, space-separated). */
const TOKENIZER = `tokenize = "unicode61 remove_diacritics 0 categories 'L* M* N* Co'"`;

/** DDL of a new channel database. */
export const CREATE_TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE name_index (kind TEXT NOT NULL, part TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (kind, part));
CREATE TABLE package_docs (id INTEGER PRIMARY KEY, key TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE option_docs (id INTEGER PRIMARY KEY, key TEXT NOT NULL, json TEXT NOT NULL);
CREATE VIRTUAL TABLE package_description USING fts5(text, content = '', ${TOKENIZER});
CREATE VIRTUAL TABLE package_long_description USING fts5(text, content = '', ${TOKENIZER});
CREATE VIRTUAL TABLE option_description USING fts5(text, content = '', ${TOKENIZER});
CREATE VIRTUAL TABLE option_long_description USING fts5(text, content = '', ${TOKENIZER});
`;

/** Indexes created after the bulk load (faster than maintaining them row by row). */
export const CREATE_INDEXES = `
CREATE UNIQUE INDEX package_docs_key ON package_docs (key);
CREATE UNIQUE INDEX option_docs_key ON option_docs (key);
`;

/**
 * Table names per kind. One FTS5 table per text field, so BM25 normalises each field by its
 * own length (as Elasticsearch does per field): a long description must not drown a short one.
 */
export const TABLES = {
  package: { docs: 'package_docs', text: { description: 'package_description', longDescription: 'package_long_description' } },
  option: { docs: 'option_docs', text: { description: 'option_description', longDescription: 'option_long_description' } },
} as const satisfies Record<string, { docs: string; text: Record<TextField, string> }>;


/** Path of a channel's database. */
export function channelFile(dir: string, channel: string): string {
  return join(dir, `${channel}.sqlite`);
}

/** Channel ids that may name a file (the manifest's rule). */
export { CHANNEL_ID } from '@/core/metadata/manifest';
