/**
 * Ranking: the single source of truth for relevance, read by every engine.
 *
 * A query becomes a plan (core/query/plan.ts) of clauses; each clause is a list of weighted
 * alternatives over the fields below, and a document's score for a clause is the weight of
 * the best alternative it matches (Elasticsearch: `dis_max` of `constant_score` clauses;
 * text alternatives scale BM25). Scores of matched clauses add up, plus the document's static
 * boost (computed at index time, core/analysis/static-boost.ts; Elasticsearch adds it with
 * `function_score` / `field_value_factor`, boost_mode `sum`).
 *
 * Rules for everyone who changes this file: keep it general (never special-case a query
 * string or a document id), run `npm run bench:relevance` for both kinds before and after,
 * and record the figures in docs/search.md.
 */
import type { DocKind } from './documents/types';

/**
 * Name fields: precomputed token lists of core/analysis/documents.ts (keyword fields in
 * Elasticsearch). `pathPrefixes` holds the proper prefixes of the id only (the id is `id`).
 */
export const NAME_FIELDS = ['id', 'leaf', 'leafTokens', 'pname', 'programs', 'module', 'moduleTokens', 'pathTokens', 'pathPrefixes'] as const;
/** A name field. */
export type NameField = (typeof NAME_FIELDS)[number];

/** Text fields: stemmed word lists, indexed for BM25 (whitespace-analysed text in Elasticsearch, FTS5 in SQLite). */
export const TEXT_FIELDS = ['description', 'longDescription'] as const;
/** A text field. */
export type TextField = (typeof TEXT_FIELDS)[number];

/** How an alternative matches a field. */
export type MatchType = 'exact' | 'prefix' | 'fuzzy';

/** Per-term feature weights: what a document gets when one query term matches one field in one way. */
export interface TermWeights {
  exact: Partial<Record<NameField, number>>;
  prefix: Partial<Record<NameField, number>>;
  fuzzy: Partial<Record<NameField, number>>;
  /** Multiplies the text score (BM25 over TEXT_FIELDS, with TEXT_BOOSTS_BY_KIND). */
  text: number;
}

/** Weights per document kind. Exact beats prefix beats fuzzy on the same field, so a typo never buries an exact hit. */
export const TERM_WEIGHTS: Record<DocKind, TermWeights> = {
  package: {
    exact: { leaf: 60, programs: 58, pname: 55, leafTokens: 36, pathTokens: 12 },
    prefix: { leaf: 30, programs: 26, pname: 26, leafTokens: 20, pathTokens: 6 },
    fuzzy: { leaf: 24, programs: 20, pname: 20, leafTokens: 14 },
    text: 6.6,
  },
  option: {
    exact: { leaf: 38, leafTokens: 32, module: 50, moduleTokens: 40, pathTokens: 20 },
    prefix: { leaf: 22, leafTokens: 18, module: 35, moduleTokens: 25, pathTokens: 10 },
    fuzzy: { leaf: 18, leafTokens: 14, module: 28, moduleTokens: 20, pathTokens: 8 },
    text: 6.6,
  },
};

/**
 * Per-field boosts inside the text score, per kind (copied into each TextAlternative as
 * `fieldBoosts`). An option's longDescription holds its module's package description
 * (core/analysis/static-boost.ts modulePackageDescription), as telling as its own text.
 */
export const TEXT_BOOSTS_BY_KIND: Record<DocKind, Record<TextField, number>> = {
  package: { description: 1, longDescription: 0.4 },
  option: { description: 1, longDescription: 1 },
};

/** Whole-query features, added once per document. */
export const QUERY_WEIGHTS = {
  /** The whole query equals the document id (attribute path / option name), case-insensitively. */
  exactId: 100,
  /** The query is a dotted path and the id starts with it (`services.nginx` → `services.nginx.*`). */
  pathPrefix: 60,
  /** Factor on the weights of the parts of a dotted query (`services.nginx` → services, nginx): they only back up the path match. */
  dottedParts: 0.3,
  /**
   * Shortcut: the query's words written together equal a name token (`vault warden` →
   * vaultwarden, `next cloud` → nextcloud): per word, this factor times the field's exact
   * weight. A shortcut competes with the sum of the term clauses (the larger counts).
   */
  joinedFactor: 0.8,
  /** Bonus: the query's words occur as a phrase in the text (×BM25 of the phrase). */
  textPhrase: 2.2,
} as const;

/**
 * Bonus per matched clause beyond minimumShouldMatch, per kind: documents that match more of
 * the query first. For packages it stays below what one matched text word scores (~15–25), so
 * matching a common extra word ("tool", "runtime") does not outweigh everything else.
 */
export const COVERAGE: Record<DocKind, number> = { package: 15, option: 25 };

/**
 * Common words: text tokens found in the `description` of more than `share` of a kind's
 * documents (and of at least `minDocuments`), computed per channel at publish time
 * (core/analysis/common-words.ts). In a query of several words, a common word matching a
 * name ("tool" in LanguageTool, the package `email` for "desktop email client") is weak
 * evidence: its name alternatives are multiplied by `nameFactor` (per kind). A one-word query
 * keeps full weights (`email` → the package email). Option names are descriptive
 * (`services.nginx.user`), so options keep full weights.
 */
export const COMMON_WORDS = {
  share: 0.005,
  minDocuments: 50,
  nameFactor: { package: 0.5, option: 1 } as Record<DocKind, number>,
} as const;

/** Matching limits. */
export const MATCHING = {
  /** Terms shorter than this get no prefix alternative (one letter would match everything). */
  minPrefixLength: 2,
  /** Terms shorter than this get no fuzzy alternative. */
  minFuzzyLength: 4,
  /** From this length on, two edits are allowed (one below). */
  twoEditsFrom: 8,
  /** Elasticsearch `fuzzy.max_expansions`; the SQLite engine expands without a cap. */
  fuzzyMaxExpansions: 1000,
  /** Positive terms beyond this are ignored. */
  maxTerms: 16,
} as const;

/**
 * Clauses a document must match out of n positive clauses: half, rounded up (1 of 1, 1 of 2,
 * 2 of 3, 2 of 4, 3 of 5). Descriptive queries ("ssh daemon", "web server") rarely share every
 * word with the best answer; the score rewards documents that match more clauses.
 */
export function minimumShouldMatch(n: number): number {
  return Math.ceil(n / 2);
}

/** Acronyms mined from the channel's own text (core/analysis/acronyms.ts). */
export const ACRONYMS = {
  /** Shorter acronyms are too ambiguous (two letters name many things). */
  minLength: 3,
  /** Documents that must define an acronym the same way. */
  minDefinitions: 2,
  /** Share of an acronym's definitions its most common expansion must have. */
  dominance: 0.6,
} as const;

/** Static boost inputs and their weights (core/analysis/static-boost.ts applies them). */
export const STATIC_WEIGHTS = {
  package: {
    /** Top-level attribute (no package set). */
    topLevel: 12,
    /** Per character of the attribute's last segment beyond 4 (shorter names first among equals). */
    perLeafChar: -0.08,
    /** A NixOS / Home Manager module is named after the package: a general popularity signal. */
    hasModule: 16,
    /** Per doubling of the packages named after this one (mpvScripts.*, jellyfin-web…), up to the cap. */
    perEcosystemDoubling: 1.5,
    ecosystemCap: 6,
    /** Per doubling of the options of the package's modules (services.prometheus.*: 1,704), up to the cap. */
    perModuleOptionDoubling: 1,
    moduleOptionCap: 10,
    /**
     * Per doubling of the citers (other pnames, option modules) that write the package's name as
     * a proper noun ("Prometheus exporter for …", "Jellyfin Desktop Client"), up to the cap: the
     * channel's own popularity signal.
     */
    perCitationDoubling: 4,
    citationCap: 15,
    /** nixpkgs convention: `foo-unwrapped` is the base a wrapper `foo` completes; users want the wrapper. */
    unwrapped: -3,
    broken: -3,
    insecure: -2,
    unsupported: -1,
    /** Has a main program or a long description: a well-described, user-facing package. */
    hasMainProgram: 0.5,
    hasLongDescription: 0.3,
    /** The newest version among the top-level packages sharing a pname: a tie-breaker, smaller than one leaf character. */
    newestVersion: 0.05,
  },
  option: {
    /** The option is a module's `enable` switch. */
    enableLeaf: 6,
    /** Per character of the module name beyond 4. */
    perModuleChar: -0.08,
    /** Per doubling of the module's option count, up to the cap. */
    perModuleSizeDoubling: 0.4,
    moduleSizeCap: 3,
    /** Per path segment beyond 2 (shallow options first). */
    perSegment: -1.2,
    /** Per `<name>` / `*` placeholder segment (settings of one instance). */
    perPlaceholder: -1.5,
    readOnly: -1,
    /** Per doubling of the options sharing this description (submodule templates copied into many modules). */
    perCopyDoubling: -2,
    /** The option's module is named after a package of the channel. */
    moduleHasPackage: 1.5,
  },
} as const;

/** English stop words (Lucene's default set): dropped from queries unless only they remain. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not',
  'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was',
  'will', 'with',
]);
