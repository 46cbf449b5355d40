/**
 * The in-memory side of a SQLite channel: name-token postings per field, static boosts, name
 * order and facet values, built at publish time, stored as a few BLOBs in the database and
 * loaded in milliseconds when the file is opened. Text search stays in FTS5.
 */
import type { AnalysedDoc } from '@/core/analysis/documents';
import { NAME_FIELDS, type NameField } from '@/core/ranking';
import { TextIndexBuilder, deserialiseTextIndex, serialiseTextIndex, type TextIndex } from './text-index';

/** Sorted terms of one field and, per term, the ids of the documents that have it. */
export interface Postings {
  terms: string[];
  /** offsets[i]..offsets[i+1] index into docs for terms[i]. */
  offsets: Uint32Array;
  docs: Uint32Array;
}

/**
 * Values of one facet for every document. Documents share value lists (the same platforms,
 * the same license), so each document points to one of the distinct lists ("rows"), and
 * counting a facet is one increment per document plus one pass over the distinct rows.
 */
export interface FacetColumn {
  values: string[];
  /** The distinct row of document d. */
  rowOf: Uint32Array;
  /** offsets[r]..offsets[r+1] index into codes for row r. */
  offsets: Uint32Array;
  codes: Uint32Array;
}

/** Everything a query needs besides FTS5, for one kind of document. */
export interface NameIndex {
  count: number;
  fields: Record<NameField, Postings>;
  staticBoost: Float64Array;
  /** Position of each document in sortKey order. */
  rank: Uint32Array;
  /** Documents by static boost desc, then sortKey (the browse order). */
  browseOrder: Uint32Array;
  facets: Record<string, FacetColumn>;
  /** BM25 postings of the text fields. */
  text: TextIndex;
}

/** Accumulates documents (ids 0, 1, 2, … in the order added) into a NameIndex. */
export class NameIndexBuilder {
  /** Postings being built: a single document id until a second one arrives (most tokens are unique). */
  private readonly tokens = Object.fromEntries(NAME_FIELDS.map((f) => [f, new Map<string, number | number[]>()])) as Record<
    NameField,
    Map<string, number | number[]>
  >;
  private readonly boosts: number[] = [];
  private readonly sortKeys: string[] = [];
  /** Per facet: value codes, the distinct value lists ("rows") by their joined text, and each document's row. */
  private readonly facetValues = new Map<string, { dict: Map<string, number>; rowIds: Map<string, number>; rows: number[][]; rowOf: number[] }>();
  private readonly text = new TextIndexBuilder();

  constructor(private readonly facetNames: readonly string[]) {
    for (const f of facetNames) this.facetValues.set(f, { dict: new Map(), rowIds: new Map(), rows: [], rowOf: [] });
  }

  /** Add the next document; returns its id. */
  add(analysed: AnalysedDoc, facets: Partial<Record<string, string[]>>): number {
    const id = this.boosts.length;
    for (const field of NAME_FIELDS) {
      const map = this.tokens[field];
      for (const t of analysed.names[field]) {
        const list = map.get(t);
        if (list === undefined) map.set(t, id);
        else if (typeof list === 'number') {
          if (list !== id) map.set(t, [list, id]);
        } else if (list[list.length - 1] !== id) list.push(id);
      }
    }
    this.text.add(id, analysed.text);
    this.boosts.push(analysed.staticBoost);
    this.sortKeys.push(analysed.sortKey);
    for (const name of this.facetNames) {
      const col = this.facetValues.get(name)!;
      const values = facets[name] ?? [];
      // Documents share value lists (platforms above all): one lookup per list, not per value.
      const key = values.join('\u0001');
      let row = col.rowIds.get(key);
      if (row === undefined) {
        const codes: number[] = [];
        for (const v of values) {
          let c = col.dict.get(v);
          if (c === undefined) {
            c = col.dict.size;
            col.dict.set(v, c);
          }
          codes.push(c);
        }
        row = col.rows.length;
        col.rows.push(codes);
        col.rowIds.set(key, row);
      }
      col.rowOf.push(row);
    }
    return id;
  }

  /** The finished index. */
  build(): NameIndex {
    const count = this.boosts.length;
    const fields = {} as Record<NameField, Postings>;
    for (const field of NAME_FIELDS) {
      const map = this.tokens[field];
      const terms = [...map.keys()].sort(compareStrings);
      const offsets = new Uint32Array(terms.length + 1);
      let total = 0;
      const lengthOf = (v: number | number[]) => (typeof v === 'number' ? 1 : v.length);
      terms.forEach((t, i) => {
        offsets[i] = total;
        total += lengthOf(map.get(t)!);
      });
      offsets[terms.length] = total;
      const docs = new Uint32Array(total);
      terms.forEach((t, i) => {
        const v = map.get(t)!;
        if (typeof v === 'number') docs[offsets[i]!] = v;
        else docs.set(v, offsets[i]);
      });
      fields[field] = { terms, offsets, docs };
    }
    const byName = Array.from({ length: count }, (_, i) => i).sort((a, b) => compareStrings(this.sortKeys[a]!, this.sortKeys[b]!));
    const rank = new Uint32Array(count);
    byName.forEach((d, pos) => (rank[d] = pos));
    const staticBoost = Float64Array.from(this.boosts);
    const browseOrder = Uint32Array.from(byName).sort((a, b) => staticBoost[b]! - staticBoost[a]! || rank[a]! - rank[b]!);
    const facets: Record<string, FacetColumn> = {};
    for (const [name, col] of this.facetValues) {
      const rows = col.rows;
      const rowOf = Uint32Array.from(col.rowOf);
      const offsets = new Uint32Array(rows.length + 1);
      let total = 0;
      rows.forEach((r, i) => {
        offsets[i] = total;
        total += r.length;
      });
      offsets[rows.length] = total;
      const codes = new Uint32Array(total);
      rows.forEach((r, i) => codes.set(r, offsets[i]));
      facets[name] = { values: [...col.dict.keys()], rowOf, offsets, codes };
    }
    return { count, fields, staticBoost, rank, browseOrder, facets, text: this.text.build(count) };
  }
}

/** Code-unit order, the order both `sort()` and binary search below use. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index of the first term >= value. */
export function lowerBound(terms: readonly string[], value: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Document ids having exactly this term, or undefined. */
export function postingsOf(p: Postings, term: string): Uint32Array | undefined {
  const i = lowerBound(p.terms, term);
  if (p.terms[i] !== term) return undefined;
  return p.docs.subarray(p.offsets[i]!, p.offsets[i + 1]!);
}

/** Call fn for each term range starting with prefix. */
export function forEachPrefixed(p: Postings, prefix: string, fn: (docs: Uint32Array) => void): void {
  for (let i = lowerBound(p.terms, prefix); i < p.terms.length && p.terms[i]!.startsWith(prefix); i++) {
    fn(p.docs.subarray(p.offsets[i]!, p.offsets[i + 1]!));
  }
}

// --- serialisation: JSON for strings, raw little-endian bytes for numbers ---

/** A NameIndex as named BLOB/text parts for storage. */
export function serialiseNameIndex(index: NameIndex): Array<[string, Buffer]> {
  const parts: Array<[string, Buffer]> = [];
  const bytes = (a: Uint32Array | Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  parts.push(['count', Buffer.from(String(index.count))]);
  for (const f of NAME_FIELDS) {
    const p = index.fields[f];
    parts.push([`field.${f}.terms`, Buffer.from(JSON.stringify(p.terms))]);
    parts.push([`field.${f}.offsets`, bytes(p.offsets)]);
    parts.push([`field.${f}.docs`, bytes(p.docs)]);
  }
  parts.push(['staticBoost', bytes(index.staticBoost)]);
  parts.push(['rank', bytes(index.rank)]);
  parts.push(['browseOrder', bytes(index.browseOrder)]);
  for (const [name, c] of Object.entries(index.facets)) {
    parts.push([`facet.${name}.values`, Buffer.from(JSON.stringify(c.values))]);
    parts.push([`facet.${name}.rowOf`, bytes(c.rowOf)]);
    parts.push([`facet.${name}.offsets`, bytes(c.offsets)]);
    parts.push([`facet.${name}.codes`, bytes(c.codes)]);
  }
  parts.push(...serialiseTextIndex(index.text));
  return parts;
}

/** Rebuild a NameIndex from its stored parts. */
export function deserialiseNameIndex(parts: Map<string, Buffer>, facetNames: readonly string[]): NameIndex {
  const get = (k: string): Buffer => {
    const b = parts.get(k);
    if (!b) throw new Error(`missing index part ${k}`);
    return b;
  };
  // Copy into fresh (aligned) buffers: SQLite BLOBs come back at arbitrary offsets.
  const u32 = (k: string) => new Uint32Array(Uint8Array.from(get(k)).buffer);
  const f64 = (k: string) => new Float64Array(Uint8Array.from(get(k)).buffer);
  const json = (k: string) => JSON.parse(get(k).toString('utf8')) as string[];
  const fields = {} as Record<NameField, Postings>;
  for (const f of NAME_FIELDS) fields[f] = { terms: json(`field.${f}.terms`), offsets: u32(`field.${f}.offsets`), docs: u32(`field.${f}.docs`) };
  const facets: Record<string, FacetColumn> = {};
  for (const name of facetNames) {
    facets[name] = { values: json(`facet.${name}.values`), rowOf: u32(`facet.${name}.rowOf`), offsets: u32(`facet.${name}.offsets`), codes: u32(`facet.${name}.codes`) };
  }
  return {
    count: Number(get('count').toString('utf8')),
    fields,
    staticBoost: f64('staticBoost'),
    rank: u32('rank'),
    browseOrder: u32('browseOrder'),
    facets,
    text: deserialiseTextIndex(parts),
  };
}
