/**
 * Static boosts: query-independent scores computed at index time from the document and from
 * the channel as a whole (which modules and packages it has). Weights live in core/ranking.ts.
 */
import type { OptionDoc, PackageDoc } from '../documents/types';
import { STATIC_WEIGHTS } from '../ranking';
import { identifierTokens, normalise } from './tokens';

/** Channel-wide facts a boost may use. Build it with BoostContextBuilder before analysing. */
export interface BoostContext {
  /** Names X of modules with a `<namespace>.X.enable` option (any option set), lowercase. */
  moduleNames: ReadonlySet<string>;
  /** Top-level attribute names and pnames of the channel's packages, lowercase. */
  packageNames: ReadonlySet<string>;
  /**
   * Per name token: how many distinct pnames have it among their attribute-path tokens
   * (mpv → mpvScripts.*, mpv-shim, …): the size of the ecosystem named after a package.
   */
  nameMentions: ReadonlyMap<string, number>;
  /** Descriptions of top-level packages by lowercase attribute name, then by pname. */
  packageDescriptions: ReadonlyMap<string, string>;
  /** How many options share each (normalised) description: template copies of submodules. */
  optionDescriptionCounts: ReadonlyMap<string, number>;
}

/** An empty context: no channel-wide signals (for single documents and tests). */
export const EMPTY_BOOST_CONTEXT: BoostContext = {
  moduleNames: new Set(),
  packageNames: new Set(),
  nameMentions: new Map(),
  packageDescriptions: new Map(),
  optionDescriptionCounts: new Map(),
};

/** The module an option belongs to (`services.nginx.*` → "nginx"), lowercase, or null when the option is too shallow. */
export function optionModuleName(loc: readonly string[]): string | null {
  return loc.length >= 3 && loc[1] !== undefined ? normalise(loc[1]) : null;
}

/** Collects a BoostContext from a pass over a channel's documents (cheap: names only). */
export class BoostContextBuilder {
  private readonly moduleNames = new Set<string>();
  private readonly packageNames = new Set<string>();
  private readonly mentions = new Map<string, Set<string>>();
  private readonly byAttr = new Map<string, string>();
  private readonly byPname = new Map<string, string>();
  private readonly descriptionCounts = new Map<string, number>();

  /** Record an option: a depth-3 `enable` option names a module; descriptions are counted. */
  addOption(doc: Pick<OptionDoc, 'loc' | 'description'>): void {
    const key = descriptionKey(doc.description.text);
    if (key) this.descriptionCounts.set(key, (this.descriptionCounts.get(key) ?? 0) + 1);
    if (doc.loc.length === 3 && doc.loc[2] === 'enable') {
      const m = optionModuleName(doc.loc);
      if (m) this.moduleNames.add(m);
    }
  }

  /** Record a package: top-level attribute names and pnames. */
  addPackage(doc: Pick<PackageDoc, 'attrPath' | 'pname' | 'packageSet' | 'description'>): void {
    const pname = normalise(doc.pname);
    if (doc.packageSet === '') {
      this.packageNames.add(normalise(doc.attrPath));
      if (doc.description) {
        this.byAttr.set(normalise(doc.attrPath), doc.description);
        if (!this.byPname.has(pname)) this.byPname.set(pname, doc.description);
      }
    }
    this.packageNames.add(pname);
    for (const seg of doc.attrPath.split('.')) {
      for (const t of identifierTokens(seg)) {
        const set = this.mentions.get(t);
        if (set) set.add(pname);
        else this.mentions.set(t, new Set([pname]));
      }
    }
  }

  /** The collected context. */
  build(): BoostContext {
    const nameMentions = new Map<string, number>();
    // A package's own pname does not count as a mention of itself.
    for (const [t, set] of this.mentions) nameMentions.set(t, set.size - (set.has(t) ? 1 : 0));
    const packageDescriptions = new Map(this.byPname);
    for (const [k, v] of this.byAttr) packageDescriptions.set(k, v);
    return {
      moduleNames: this.moduleNames,
      packageNames: this.packageNames,
      nameMentions,
      packageDescriptions,
      optionDescriptionCounts: this.descriptionCounts,
    };
  }
}

/** The key under which option descriptions are counted (whitespace-insensitive, lowercase). */
export function descriptionKey(text: string): string {
  return normalise(text).replace(/\s+/g, ' ').trim();
}

/**
 * The description of the package an option's module is named after, for the module's own
 * top-level options (`services.jellyfin.*` at depth 3 ← package jellyfin: "Free Software Media
 * System"): what the module is for, in words option descriptions rarely use.
 */
export function modulePackageDescription(loc: readonly string[], ctx: Pick<BoostContext, 'packageDescriptions'>): string | null {
  if (loc.length !== 3) return null;
  const m = optionModuleName(loc);
  return (m && ctx.packageDescriptions.get(m)) || null;
}

/**
 * Static boost of a package: round(base) + ecosystemBoost. Engines that stream packages once
 * may compute the base with an empty nameMentions and add ecosystemBoost at the end: the sum is
 * the same number.
 */
export function packageStaticBoost(doc: PackageDoc, ctx: BoostContext): number {
  return packageBaseBoost(doc, ctx) + ecosystemBoost(ctx.nameMentions, doc.pname);
}

/** The size of the ecosystem named after a package (log-scaled, capped), rounded. */
export function ecosystemBoost(nameMentions: ReadonlyMap<string, number>, pname: string): number {
  const w = STATIC_WEIGHTS.package;
  const mentions = nameMentions.get(normalise(pname)) ?? 0;
  return round(Math.min(w.ecosystemCap, w.perEcosystemDoubling * Math.log2(1 + mentions)));
}

/** Everything of a package's static boost except the ecosystem size, rounded. */
export function packageBaseBoost(doc: PackageDoc, ctx: Pick<BoostContext, 'moduleNames'>): number {
  const w = STATIC_WEIGHTS.package;
  const leaf = doc.attrPath.slice(doc.attrPath.lastIndexOf('.') + 1);
  let s = 0;
  if (doc.packageSet === '') s += w.topLevel;
  s += w.perLeafChar * Math.max(0, Math.min(leaf.length, 40) - 4);
  if (doc.packageSet === '' && (ctx.moduleNames.has(normalise(leaf)) || ctx.moduleNames.has(normalise(doc.pname)))) {
    s += w.hasModule;
  }
  if (doc.flags.broken) s += w.broken;
  if (doc.flags.insecure) s += w.insecure;
  if (doc.flags.unsupported) s += w.unsupported;
  if (doc.mainProgram) s += w.hasMainProgram;
  if (doc.longDescription) s += w.hasLongDescription;
  return round(s);
}

/** Static boost of an option. */
export function optionStaticBoost(doc: OptionDoc, ctx: BoostContext): number {
  const w = STATIC_WEIGHTS.option;
  const loc = doc.loc;
  let s = 0;
  if (loc[loc.length - 1] === 'enable') s += w.enableLeaf;
  s += w.perSegment * Math.max(0, loc.length - 2);
  s += w.perPlaceholder * loc.filter((seg) => seg === '<name>' || seg === '*' || seg === '<name?>').length;
  if (doc.readOnly) s += w.readOnly;
  const copies = ctx.optionDescriptionCounts.get(descriptionKey(doc.description.text)) ?? 1;
  s += w.perCopyDoubling * Math.log2(Math.max(1, copies));
  const m = optionModuleName(loc);
  if (m && ctx.packageNames.has(m)) s += w.moduleHasPackage;
  return round(s);
}

/** Rounded so both engines store the same number (Elasticsearch keeps a float). */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
