/**
 * In-memory BM25 over the text fields for single-word text alternatives (FTS5 answers phrases):
 * per field, sorted terms with (document, term frequency) postings and each document's field
 * length, built at publish time and stored as BLOBs like the name index. Scores follow
 * Lucene's BM25 (k1 1.2, b 0.75; idf = ln(1 + (N − n + 0.5) / (n + 0.5))), the formula
 * Elasticsearch uses, so both engines rank text alike.
 */
import { TEXT_FIELDS, type TextField } from '@/core/ranking';
import { compareStrings, lowerBound } from './name-index';

const K1 = 1.2;
const B = 0.75;

/** One field's postings. */
export interface TextPostings {
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
  /** Tokens per document (0 = field empty). */
  lengths: Uint32Array;
  /** Documents with a non-empty field, and their mean length. */
  docCount: number;
  avgLength: number;
}

/** Text postings of every field of one kind. */
export type TextIndex = Record<TextField, TextPostings>;

/** Accumulates documents (ids 0, 1, 2, … in order) into a TextIndex. */
export class TextIndexBuilder {
  private readonly postings = Object.fromEntries(TEXT_FIELDS.map((f) => [f, new Map<string, number[]>()])) as Record<TextField, Map<string, number[]>>;
  private readonly lengths = Object.fromEntries(TEXT_FIELDS.map((f) => [f, [] as number[]])) as Record<TextField, number[]>;
  private readonly counts = new Map<string, number>();

  /** Add the next document's token lists. */
  add(id: number, text: Record<TextField, string[]>): void {
    for (const f of TEXT_FIELDS) {
      const tokens = text[f];
      this.lengths[f][id] = tokens.length;
      const counts = this.counts;
      counts.clear();
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      const map = this.postings[f];
      for (const [t, tf] of counts) {
        const list = map.get(t);
        // docs and term frequencies interleaved: id, tf, id, tf, …
        if (list) list.push(id, tf);
        else map.set(t, [id, tf]);
      }
    }
  }

  /** The finished index for `count` documents. */
  build(count: number): TextIndex {
    const out = {} as TextIndex;
    for (const f of TEXT_FIELDS) {
      const map = this.postings[f];
      const terms = [...map.keys()].sort(compareStrings);
      const offsets = new Uint32Array(terms.length + 1);
      let total = 0;
      terms.forEach((t, i) => {
        offsets[i] = total;
        total += map.get(t)!.length / 2;
      });
      offsets[terms.length] = total;
      const docs = new Uint32Array(total);
      const tfs = new Uint16Array(total);
      terms.forEach((t, i) => {
        const list = map.get(t)!;
        for (let k = 0, o = offsets[i]!; k < list.length; k += 2, o++) {
          docs[o] = list[k]!;
          tfs[o] = Math.min(list[k + 1]!, 65535);
        }
      });
      const lengths = new Uint32Array(count);
      let docCount = 0;
      let sum = 0;
      this.lengths[f].forEach((len, id) => {
        lengths[id] = len;
        if (len > 0) {
          docCount++;
          sum += len;
        }
      });
      out[f] = { terms, offsets, docs, tfs, lengths, docCount, avgLength: docCount > 0 ? sum / docCount : 0 };
    }
    return out;
  }
}

/** Call visit(doc, BM25) for every document of the field containing term. */
export function bm25Term(p: TextPostings, term: string, visit: (doc: number, score: number) => void): void {
  const i = lowerBound(p.terms, term);
  if (p.terms[i] !== term) return;
  const start = p.offsets[i]!;
  const end = p.offsets[i + 1]!;
  const n = end - start;
  const idf = Math.log(1 + (p.docCount - n + 0.5) / (n + 0.5));
  const norm = K1 / p.avgLength;
  for (let k = start; k < end; k++) {
    const tf = p.tfs[k]!;
    const d = p.docs[k]!;
    visit(d, (idf * tf) / (tf + K1 * (1 - B) + norm * B * p.lengths[d]!));
  }
}

/** Stored parts of a TextIndex. */
export function serialiseTextIndex(index: TextIndex): Array<[string, Buffer]> {
  const parts: Array<[string, Buffer]> = [];
  const bytes = (a: Uint32Array | Uint16Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  for (const f of TEXT_FIELDS) {
    const p = index[f];
    parts.push([`text.${f}.terms`, Buffer.from(JSON.stringify(p.terms))]);
    parts.push([`text.${f}.offsets`, bytes(p.offsets)]);
    parts.push([`text.${f}.docs`, bytes(p.docs)]);
    parts.push([`text.${f}.tfs`, bytes(p.tfs)]);
    parts.push([`text.${f}.lengths`, bytes(p.lengths)]);
    parts.push([`text.${f}.stats`, Buffer.from(JSON.stringify({ docCount: p.docCount, avgLength: p.avgLength }))]);
  }
  return parts;
}

/** Rebuild a TextIndex from its stored parts. */
export function deserialiseTextIndex(parts: Map<string, Buffer>): TextIndex {
  const get = (k: string): Buffer => {
    const b = parts.get(k);
    if (!b) throw new Error(`missing index part ${k}`);
    return b;
  };
  const aligned = (k: string) => Uint8Array.from(get(k)).buffer;
  const out = {} as TextIndex;
  for (const f of TEXT_FIELDS) {
    const stats = JSON.parse(get(`text.${f}.stats`).toString('utf8')) as { docCount: number; avgLength: number };
    out[f] = {
      terms: JSON.parse(get(`text.${f}.terms`).toString('utf8')) as string[],
      offsets: new Uint32Array(aligned(`text.${f}.offsets`)),
      docs: new Uint32Array(aligned(`text.${f}.docs`)),
      tfs: new Uint16Array(aligned(`text.${f}.tfs`)),
      lengths: new Uint32Array(aligned(`text.${f}.lengths`)),
      ...stats,
    };
  }
  return out;
}
