/**
 * Per-document analysis: the token lists and numbers that every engine indexes verbatim.
 * Elasticsearch stores each NameField as a keyword array and each TextField as a
 * whitespace-analysed string of the words below; SQLite keeps the same lists in its own tables.
 */
import type { OptionDoc, PackageDoc } from '../documents/types';
import type { NameField, TextField } from '../ranking';
import { identifierTokens, indexTextTokens, normalise, pathPrefixes } from './tokens';
import { optionStaticBoost, packageStaticBoost } from './static-boost';
import { acronymTokens } from './acronyms';
import { modulePackageDescription, packageModuleOptionText, packageModuleText, type BoostContext } from './channel-context';

/** What an engine indexes for one document besides the document itself. */
export interface AnalysedDoc {
  /** Unique key within kind and channel: attribute path, or `<optionSet>:<name>` for options. */
  key: string;
  /** Name tokens per field (lowercase, deduplicated). */
  names: Record<NameField, string[]>;
  /** Stemmed words per text field, in order (join with spaces for a whitespace analyzer). */
  text: Record<TextField, string[]>;
  /** Static boost added to the query score (and the first browse order key). */
  staticBoost: number;
  /** Sort key for "sort by name" and ties: lowercase id, then the exact id. */
  sortKey: string;
}

const uniq = (xs: Iterable<string>): string[] => [...new Set(xs)].filter((x) => x.length > 0);

/** Split an attribute path into segments (attribute names never contain dots in nixpkgs). */
export function attrSegments(attrPath: string): string[] {
  return attrPath.split('.').filter((s) => s.length > 0);
}

/** Key of an option document: option set and name (the same name may exist in two sets). */
export function optionKey(optionSet: string, name: string): string {
  return `${optionSet}:${name}`;
}

/** Sort key of an id: lowercase first so `Foo` sorts beside `foo`, then the id itself for a total order. */
export function sortKeyOf(id: string): string {
  return `${normalise(id)}\u0000${id}`;
}

/** The last segment lowercase, and written without separators when it has any (docker-compose → dockercompose). */
function leafForms(leaf: string): string[] {
  const whole = normalise(leaf);
  const joined = whole.replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
  return joined && joined !== whole ? [whole, joined] : [whole];
}

/** The indexed words of a text: its own, then the other form of the acronyms it uses or spells out. */
function textOf(text: string, ctx: BoostContext): string[] {
  const tokens = indexTextTokens(text);
  const extra = acronymTokens(text, tokens, ctx.acronyms);
  return extra.length > 0 ? [...tokens, ...extra] : tokens;
}

/** Analyse a package document. */
export function analysePackage(doc: PackageDoc, ctx: BoostContext): AnalysedDoc {
  const segs = attrSegments(doc.attrPath);
  const leaf = segs[segs.length - 1] ?? doc.attrPath;
  const path = segs.slice(0, -1);
  const programs = uniq([...(doc.mainProgram ? [doc.mainProgram] : []), ...doc.programs].map(normalise));
  return {
    key: doc.attrPath,
    names: {
      id: [normalise(doc.attrPath)],
      leaf: leafForms(leaf),
      leafTokens: uniq([...identifierTokens(leaf), ...identifierTokens(doc.pname)]),
      pname: uniq([normalise(doc.pname)]),
      programs,
      module: [],
      moduleTokens: [],
      pathTokens: uniq(path.flatMap(identifierTokens)),
      pathPrefixes: pathPrefixes(segs).slice(0, -1),
    },
    // The long description, then what the package's NixOS / Home Manager modules say about it:
    // their `enable` descriptions and the first sentences of their other top-level options.
    text: {
      description: textOf(doc.description, ctx),
      longDescription: textOf(`${doc.longDescription?.text ?? ''}\n${packageModuleText(doc, ctx)}\n${packageModuleOptionText(doc, ctx)}`, ctx),
    },
    staticBoost: packageStaticBoost(doc, ctx),
    sortKey: sortKeyOf(doc.attrPath),
  };
}

/** Analyse an option document. */
export function analyseOption(doc: OptionDoc, ctx: BoostContext): AnalysedDoc {
  const segs = doc.loc.length > 0 ? doc.loc : doc.name.split('.');
  const leaf = segs[segs.length - 1] ?? doc.name;
  const path = segs.slice(0, -1);
  // The module an option configures: the segment under the namespace (services.X.*).
  const moduleSeg = path.length >= 2 ? path[1]! : null;
  const moduleTokens = moduleSeg ? identifierTokens(moduleSeg) : [];
  return {
    key: optionKey(doc.optionSet, doc.name),
    names: {
      id: [normalise(doc.name)],
      leaf: leafForms(leaf),
      leafTokens: [...identifierTokens(leaf)],
      pname: [],
      programs: [],
      module: moduleSeg ? [normalise(moduleSeg)] : [],
      moduleTokens: [...moduleTokens],
      pathTokens: uniq(path.flatMap(identifierTokens)).filter((t) => !moduleTokens.includes(t)),
      pathPrefixes: pathPrefixes(segs).slice(0, -1),
    },
    // Options have no long description; their module's package description stands in for it.
    text: { description: textOf(doc.description.text, ctx), longDescription: textOf(modulePackageDescription(segs, ctx) ?? '', ctx) },
    staticBoost: optionStaticBoost(doc, ctx),
    sortKey: `${sortKeyOf(doc.name)}\u0000${doc.optionSet}`,
  };
}
