/**
 * The JSON API's public shapes (documented in docs/api.md and lib/openapi.ts) and pure
 * functions that build them from the engine's documents. Fields are picked one by one, so
 * a change to the internal document schema never changes the API by accident.
 */
import type { OptionDoc, OptionSetId, PackageDoc } from '@/core/documents/types';
import type { ChannelInfo, FacetBucket, FacetName } from '@/core/search/types';
import { optionPath, packagePath } from '@/lib/urls';

/** Rendered text: sanitised HTML and plain text. */
export interface ApiText {
  html: string;
  text: string;
}

/** A package as the API returns it. */
export interface ApiPackage {
  attrPath: string;
  packageSet: string;
  pname: string;
  version: string;
  name: string;
  description: string;
  longDescription: ApiText | null;
  homepages: string[];
  licenses: { spdxId: string | null; shortName: string | null; fullName: string; url: string | null; free: boolean | null }[];
  maintainers: { name: string | null; github: string | null; email: string | null }[];
  teams: { shortName: string; scope: string | null; github: string | null }[];
  platforms: string[];
  outputs: string[];
  defaultOutput: string | null;
  mainProgram: string | null;
  programs: string[];
  flags: { broken: boolean; insecure: boolean; unfree: boolean; unsupported: boolean };
  position: string | null;
  sourceUrl: string | null;
  /** Path of the package's page on this site. */
  url: string;
}

/** A Nix value: text, and rendered prose for literalMD/DocBook values. */
export interface ApiNixValue {
  text: string;
  rendered: ApiText | null;
}

/** An option as the API returns it. */
export interface ApiOption {
  name: string;
  loc: string[];
  optionSet: OptionSetId;
  description: ApiText;
  type: string | null;
  default: ApiNixValue | null;
  example: ApiNixValue | null;
  readOnly: boolean;
  declarations: { name: string; url: string | null }[];
  url: string;
}

/** A channel as the API returns it. */
export interface ApiChannel {
  id: string;
  label: string;
  revision: string;
  sourceBaseUrl: string;
  counts: { packages: number; options: Partial<Record<OptionSetId, number>> };
  publishedAt: string;
}

/** One page of search results. */
export interface ApiSearchResult<T> {
  channel: string;
  query: string;
  sort: 'relevance' | 'name';
  page: number;
  size: number;
  total: number;
  hits: (T & { score: number })[];
  facets: Partial<Record<FacetName, FacetBucket[]>>;
}

const text = (t: { html: string; text: string }): ApiText => ({ html: t.html, text: t.text });
const nixValue = (v: OptionDoc['default']): ApiNixValue | null =>
  v ? { text: v.text, rendered: v.rendered ? text(v.rendered) : null } : null;

/** API shape of a package. */
export function toApiPackage(channel: string, d: PackageDoc): ApiPackage {
  return {
    attrPath: d.attrPath,
    packageSet: d.packageSet,
    pname: d.pname,
    version: d.version,
    name: d.name,
    description: d.description,
    longDescription: d.longDescription ? text(d.longDescription) : null,
    homepages: [...d.homepages],
    licenses: d.licenses.map((l) => ({ spdxId: l.spdxId, shortName: l.shortName, fullName: l.fullName, url: l.url, free: l.free })),
    maintainers: d.maintainers.map((m) => ({ name: m.name, github: m.github, email: m.email })),
    teams: d.teams.map((t) => ({ shortName: t.shortName, scope: t.scope, github: t.github })),
    platforms: [...d.platforms],
    outputs: [...d.outputs],
    defaultOutput: d.defaultOutput,
    mainProgram: d.mainProgram,
    programs: [...d.programs],
    flags: { broken: d.flags.broken, insecure: d.flags.insecure, unfree: d.flags.unfree, unsupported: d.flags.unsupported },
    position: d.position,
    sourceUrl: d.sourceUrl,
    url: packagePath(channel, d.attrPath),
  };
}

/** API shape of an option. */
export function toApiOption(channel: string, d: OptionDoc): ApiOption {
  return {
    name: d.name,
    loc: [...d.loc],
    optionSet: d.optionSet,
    description: text(d.description),
    type: d.type,
    default: nixValue(d.default),
    example: nixValue(d.example),
    readOnly: d.readOnly,
    declarations: d.declarations.map((x) => ({ name: x.name, url: x.url })),
    url: optionPath(channel, d.optionSet, d.name),
  };
}

/** API shape of a channel. */
export function toApiChannel(c: ChannelInfo): ApiChannel {
  return {
    id: c.id,
    label: c.label,
    revision: c.revision,
    sourceBaseUrl: c.sourceBaseUrl,
    counts: { packages: c.counts.packages, options: { ...c.counts.options } },
    publishedAt: c.publishedAt,
  };
}
