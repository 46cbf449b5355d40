/**
 * The indexed documents: the flat, normalised shapes that the indexer writes as JSON Lines
 * and that every engine loads. Raw Nix shapes (strings-or-objects, one-or-many) never get
 * past the indexer's normalise step; everything here is already clean.
 *
 * Rule for everyone who changes this file: bump SCHEMA_VERSION with every change to a
 * document shape, and update docs/schema.md. Engines put the version in index names
 * (Elasticsearch) and `PRAGMA user_version` (SQLite), so a new schema is always built
 * beside the live one.
 */

/** Version of the document schema; part of index names and metadata manifests. */
export const SCHEMA_VERSION = 1;

/** The two kinds of document a channel holds. */
export type DocKind = 'package' | 'option';

/** Option sets that a channel can carry. */
export const OPTION_SETS = ['nixos', 'home-manager'] as const;
/** One option set: NixOS itself or Home Manager. */
export type OptionSetId = (typeof OPTION_SETS)[number];

/** A license, whatever shape nixpkgs gave it (string, object, or list entry). */
export interface License {
  /** SPDX identifier when nixpkgs knows one, e.g. "MIT". */
  spdxId: string | null;
  /** nixpkgs short name, e.g. "mit", or the raw string of old channels. */
  shortName: string | null;
  /** Human-readable name, e.g. "MIT License". Always set. */
  fullName: string;
  url: string | null;
  /** null when the channel did not say (old string licenses). */
  free: boolean | null;
}

/** A maintainer: from old `"Name <email>"` strings or from modern objects. */
export interface Maintainer {
  name: string | null;
  /** GitHub handle, without `@`. */
  github: string | null;
  email: string | null;
}

/** A nixpkgs team (`meta.teams`), when the channel has them. */
export interface Team {
  /** Short name, e.g. "rust". */
  shortName: string;
  scope: string | null;
  github: string | null;
}

/** The boolean `meta` flags a user cares about before installing. */
export interface PackageFlags {
  broken: boolean;
  insecure: boolean;
  unfree: boolean;
  unsupported: boolean;
}

/** Text rendered once by the indexer: sanitised HTML for pages, plain text for search. */
export interface RenderedText {
  /** Sanitised HTML, safe to insert into a page as is. */
  html: string;
  /** The same content as plain text (for full-text search, snippets and meta tags). */
  text: string;
}

/** A package in one channel, identified by its attribute path. */
export interface PackageDoc {
  kind: 'package';
  /** Attribute path, e.g. "ripgrep" or "python312Packages.requests". Unique per channel. */
  attrPath: string;
  /** Package set: first segment of a nested attribute path ("python312Packages"), "" at top level. */
  packageSet: string;
  pname: string;
  version: string;
  /** Derivation name, e.g. "ripgrep-14.1.1". */
  name: string;
  /** `meta.description`, one line of plain text ("" when absent). */
  description: string;
  /** `meta.longDescription`, rendered; null when absent. */
  longDescription: RenderedText | null;
  homepages: string[];
  licenses: License[];
  maintainers: Maintainer[];
  teams: Team[];
  platforms: string[];
  /** All outputs, e.g. ["out", "man"]. */
  outputs: string[];
  /** The output installed by default (`outputName`), null when unknown. */
  defaultOutput: string | null;
  /** `meta.outputsToInstall` when given. */
  outputsToInstall: string[];
  mainProgram: string | null;
  /** Program names the package provides (at least mainProgram when known). */
  programs: string[];
  flags: PackageFlags;
  /** `meta.position` relative to the nixpkgs root, e.g. "pkgs/by-name/ri/ripgrep/package.nix:56". */
  position: string | null;
  /** Source link at the channel revision, from `position`; null when unknown. */
  sourceUrl: string | null;
}

/** A Nix value shown as Nix text (defaults and examples). */
export interface NixValue {
  /** Nix expression text, e.g. `false` or `{ localhost = { }; }`. */
  text: string;
  /** Set for `literalMD` / `literalDocBook` values: the value is prose, rendered. */
  rendered: RenderedText | null;
}

/** Where an option is declared: a file name and, when known, a link at the revision. */
export interface Declaration {
  name: string;
  url: string | null;
}

/** An option of one option set in one channel, identified by its dotted name. */
export interface OptionDoc {
  kind: 'option';
  /** Dotted name, e.g. "services.nginx.enable". Unique per channel and option set. */
  name: string;
  /** Path segments (`loc`), e.g. ["services", "nginx", "enable"]. */
  loc: string[];
  optionSet: OptionSetId;
  description: RenderedText;
  /** Type description, e.g. "boolean"; null when absent. */
  type: string | null;
  default: NixValue | null;
  example: NixValue | null;
  readOnly: boolean;
  declarations: Declaration[];
}

/** Either document. */
export type Doc = PackageDoc | OptionDoc;

/** Maps a kind to its document type. */
export type DocOf<K extends DocKind> = K extends 'package' ? PackageDoc : OptionDoc;

/** The id of a document within its channel: attribute path or option name. */
export function docId(doc: Doc): string {
  return doc.kind === 'package' ? doc.attrPath : doc.name;
}
