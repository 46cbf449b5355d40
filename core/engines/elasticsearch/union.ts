/**
 * Union name fields, for matching only: `any.prefix` holds every token of the name fields
 * that the ranking queries by prefix (for the document's kind), `any.fuzzy` those queried
 * fuzzily. "Some token of those fields starts with / is within k edits of v" is then one query
 * (one Levenshtein automaton) instead of one per field: used where a clause only has to match
 * (the coverage count), never for scores, which depend on the field.
 */
import type { DocKind } from '../../documents/types';
import { TERM_WEIGHTS, type NameField } from '../../ranking';

/** Match types with a union field. */
export type UnionMatch = 'prefix' | 'fuzzy';

/** The name fields each union field covers, per kind (from core/ranking.ts). */
export const UNION_FIELDS: Record<DocKind, Record<UnionMatch, ReadonlySet<NameField>>> = {
  package: {
    prefix: new Set(Object.keys(TERM_WEIGHTS.package.prefix) as NameField[]),
    fuzzy: new Set(Object.keys(TERM_WEIGHTS.package.fuzzy) as NameField[]),
  },
  option: {
    prefix: new Set(Object.keys(TERM_WEIGHTS.option.prefix) as NameField[]),
    fuzzy: new Set(Object.keys(TERM_WEIGHTS.option.fuzzy) as NameField[]),
  },
};

/** The union field tokens of a document. */
export function unionTokens(kind: DocKind, names: Record<NameField, string[]>): Record<UnionMatch, string[]> {
  const collect = (fields: ReadonlySet<NameField>) => [...new Set([...fields].flatMap((f) => names[f]))];
  return { prefix: collect(UNION_FIELDS[kind].prefix), fuzzy: collect(UNION_FIELDS[kind].fuzzy) };
}

/** True when `fields` are exactly the fields of a union field (so it can stand in for them). */
export function coversUnion(kind: DocKind, match: UnionMatch, fields: ReadonlySet<NameField>): boolean {
  const union = UNION_FIELDS[kind][match];
  return union.size === fields.size && [...union].every((f) => fields.has(f));
}
