/**
 * The raw shapes that Nix really emits, per era, kept apart from the indexed documents
 * (core/documents/types.ts). They describe what to expect, not what is guaranteed: every
 * field is read through the guards below, because real entries break the rules
 * (misspelled keys, nested lists, objects where strings belong).
 */

/** One value or a list of them (`meta.license`, `meta.homepage`, …). */
export type OneOrMany<T> = T | T[];

/** `meta.maintainers` entries: `"Name <email>"` strings (≤ 17.03) or objects (later). */
export type RawMaintainer = string | { name?: string; email?: string; github?: string; githubId?: number; matrix?: string };

/** `meta.license` entries: a bare string (old, or non-nixpkgs sets like akkuPackages) or a nixpkgs license object. */
export type RawLicense =
  | string
  | { spdxId?: string; shortName?: string; fullName?: string; url?: string; free?: boolean; redistributable?: boolean; deprecated?: boolean };

/** `meta.teams` entries (nixpkgs ≥ 23.11 when the evaluation includes them). */
export interface RawTeam {
  shortName?: string;
  scope?: string;
  github?: string;
  githubTeams?: string[];
}

/** `meta` of a package. */
export interface RawMeta {
  description?: string;
  longDescription?: string;
  homepage?: OneOrMany<string>;
  license?: OneOrMany<RawLicense>;
  /** Usually a list; a single string in a few 16.09 packages; nested lists in 20.09. */
  maintainers?: OneOrMany<RawMaintainer | RawMaintainer[]>;
  teams?: RawTeam[];
  /** Strings, or platform patterns (objects) since ~21.05. */
  platforms?: (string | object | string[])[];
  badPlatforms?: (string | object)[];
  outputsToInstall?: string[];
  mainProgram?: string;
  position?: string;
  broken?: boolean;
  insecure?: boolean;
  unfree?: boolean;
  unsupported?: boolean;
  knownVulnerabilities?: string[];
}

/** One entry of `nix-env -qa --json --meta` (attribute path → this). */
export interface RawPackage {
  name?: string;
  pname?: string;
  version?: string;
  system?: string;
  outputName?: string;
  /** `{out: null, man: null}` from nix-env; a list in some tools' output. */
  outputs?: Record<string, unknown> | string[];
  meta?: RawMeta;
}

/** `_type`-tagged values of options.json. */
export interface RawLiteral {
  _type: 'literalExpression' | 'literalExample' | 'literalMD' | 'literalDocBook' | 'mdDoc';
  text: string;
}

/** `declarations` entries: nixpkgs-relative (or absolute store) paths, or Home Manager `{name, url}`. */
export type RawDeclaration = string | { name?: string; url?: string };

/** One entry of options.json (option name → this). */
export interface RawOption {
  declarations?: RawDeclaration[];
  /** A string, or `{_type: "mdDoc", text}` in some 22.x evaluations. */
  description?: string | RawLiteral;
  default?: unknown;
  example?: unknown;
  loc?: string[];
  readOnly?: boolean;
  type?: string;
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a non-empty string, else null. */
export function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Flatten one-or-many (and lists of lists) into a list. Hot: written without per-element allocation. */
export function many(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [value];
  let nested = false;
  for (let i = 0; i < value.length; i++) if (Array.isArray(value[i])) nested = true;
  return nested ? (value as unknown[]).flat(1) : (value as unknown[]);
}

/** The strings of a one-or-many value, without duplicates, in order. */
export function strings(value: unknown): string[] {
  const out: string[] = [];
  const list = many(value);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v === 'string' && v.trim() !== '' && !out.includes(v)) out.push(v);
  }
  return out;
}

/** A `_type`-tagged literal, if the value is one. */
export function asLiteral(value: unknown): RawLiteral | null {
  if (!isRecord(value) || typeof value._type !== 'string' || typeof value.text !== 'string') return null;
  return value as unknown as RawLiteral;
}
