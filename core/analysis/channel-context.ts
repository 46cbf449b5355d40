/**
 * Channel-wide facts that per-document analysis uses: which NixOS / Home Manager modules exist
 * and which package each one runs (a module named after the package, or whose `package`
 * option defaults to `pkgs.<attr>`), what those modules say, package descriptions, the size of
 * the ecosystem named after each package, how often other documents cite it (citations.ts),
 * the acronyms the channel defines (acronyms.ts), the newest of versioned siblings, and how
 * often an option description is repeated.
 *
 * Engines collect it in a pass over the channel before analysing: every option first, then
 * every package (BoostContextBuilder), then analyse packages and options.
 */
import type { OptionDoc, PackageDoc } from '../documents/types';
import { AcronymMiner, type AcronymTable } from './acronyms';
import { CitationCounter } from './citations';
import { identifierTokens, normalise } from './tokens';
import { NewestVersions } from './versions';

/** Channel-wide facts. Build it with BoostContextBuilder before analysing. */
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
  /** Module name → lowercase attribute its `package` option defaults to (`printing` → `cups`). */
  modulePackages: ReadonlyMap<string, string>;
  /** Lowercase attribute → modules whose `package` option defaults to it (`cups` → [`printing`]). */
  packageModules: ReadonlyMap<string, readonly string[]>;
  /** Module name → what its `enable` option says, without "Whether to enable" (`Nginx Web Server.`). */
  moduleDescriptions: ReadonlyMap<string, string>;
  /** Options per module (moduleKey: `services.nginx`), any depth. */
  moduleSizes: ReadonlyMap<string, number>;
  /**
   * Module name → the first sentence of each of its other depth-3 options' descriptions
   * (`services.prometheus.stateDir`: "Directory below /var/lib to store Prometheus metrics data.").
   */
  moduleOptionTexts: ReadonlyMap<string, readonly string[]>;
  /** Options per module name in any namespace and option set (`prometheus` → services.prometheus.*: 1,704), lowercase. */
  moduleOptionCounts: ReadonlyMap<string, number>;
  /**
   * Per package name (lowercase pname or top-level attribute): how many other citers (pnames,
   * option modules) write it as a proper noun in their text (citations.ts).
   */
  citations: ReadonlyMap<string, number>;
  /** Per lowercase pname with several top-level packages: the newest version among them (transmission → 4.0.6). */
  newestVersions: ReadonlyMap<string, string>;
  /** Acronyms the channel's text defines (core/analysis/acronyms.ts). */
  acronyms: AcronymTable;
}

/** The module an option belongs to (`services.nginx.*` → "nginx"), lowercase, or null when the option is too shallow. */
export function optionModuleName(loc: readonly string[]): string | null {
  return loc.length >= 3 && loc[1] !== undefined ? normalise(loc[1]) : null;
}

/** The module an option belongs to as `namespace.name` (lowercase), or "" when the option is too shallow. */
export function moduleKey(loc: readonly string[]): string {
  return loc.length >= 3 ? normalise(`${loc[0]}.${loc[1]}`) : '';
}

/** The key under which option descriptions are counted (whitespace-insensitive, lowercase). */
export function descriptionKey(text: string): string {
  return normalise(text).replace(/\s+/g, ' ').trim();
}

const NONE: ReadonlySet<string> = new Set();
const FIRST_SENTENCE = /^[\s\S]*?[.!?](?=\s|$)/;
const DEFAULT_PACKAGE = /^pkgs\.([A-Za-z0-9_'+-]+)$/;
const ENABLE_PREFIX = /^\s*whether to enable\s*/i;

/** The first sentence of a text (the whole text when it has no sentence end). */
export function firstSentence(text: string): string {
  return (FIRST_SENTENCE.exec(text)?.[0] ?? text).trim();
}

/** Collects a BoostContext (one pass over options, then one over packages). */
export class BoostContextBuilder {
  private readonly moduleNames = new Set<string>();
  private readonly packageNames = new Set<string>();
  /** Per package: its pname and the tokens of its attribute path (counted in build()). */
  private readonly pathTokens: Array<{ pname: string; tokens: string[] }> = [];
  private readonly byAttr = new Map<string, string>();
  private readonly byPname = new Map<string, string>();
  private readonly descriptionCounts = new Map<string, number>();
  private readonly modulePackages = new Map<string, string>();
  private readonly packageModules = new Map<string, string[]>();
  private readonly moduleDescriptions = new Map<string, string>();
  private readonly moduleSizes = new Map<string, number>();
  private readonly moduleOptionCounts = new Map<string, number>();
  private readonly moduleOptionTexts = new Map<string, string[]>();
  private readonly citations = new CitationCounter();
  private readonly acronyms = new AcronymMiner();
  private readonly versions = new NewestVersions();

  /** Record an option: module switches, module packages and texts, description counts, citations, acronyms. */
  addOption(doc: Pick<OptionDoc, 'loc' | 'description' | 'default'>): void {
    const key = descriptionKey(doc.description.text);
    if (key) this.descriptionCounts.set(key, (this.descriptionCounts.get(key) ?? 0) + 1);
    const mk = moduleKey(doc.loc);
    if (mk) this.moduleSizes.set(mk, (this.moduleSizes.get(mk) ?? 0) + 1);
    const own = optionModuleName(doc.loc);
    if (own) this.moduleOptionCounts.set(own, (this.moduleOptionCounts.get(own) ?? 0) + 1);
    // A module's options naming its own program are not citations of it; one module cites once.
    this.citations.add([doc.description.text], own ? `module:${mk}` : `option:${doc.loc.join('.')}`, own ? new Set([own]) : NONE);
    this.acronyms.add(doc.description.text);
    if (doc.loc.length !== 3) return;
    const m = optionModuleName(doc.loc);
    if (!m) return;
    if (doc.loc[2] !== 'enable' && doc.loc[2] !== 'package') {
      // What the module's settings are about ("… store Prometheus metrics data"), first sentences only.
      const t = firstSentence(doc.description.text);
      const list = this.moduleOptionTexts.get(m);
      if (list) list.push(t);
      else this.moduleOptionTexts.set(m, [t]);
    }
    if (doc.loc[2] === 'enable') {
      this.moduleNames.add(m);
      const text = doc.description.text.replace(ENABLE_PREFIX, '').trim();
      if (text && !this.moduleDescriptions.has(m)) this.moduleDescriptions.set(m, text);
    } else if (doc.loc[2] === 'package' && doc.default) {
      const match = DEFAULT_PACKAGE.exec(doc.default.text.trim());
      if (match && !this.modulePackages.has(m)) {
        const attr = normalise(match[1]!);
        this.modulePackages.set(m, attr);
        const list = this.packageModules.get(attr);
        if (list) list.push(m);
        else this.packageModules.set(attr, [m]);
      }
    }
  }

  /** Record a package: names, description, ecosystem tokens, version, citations, acronyms. */
  addPackage(doc: Pick<PackageDoc, 'attrPath' | 'pname' | 'packageSet' | 'description' | 'longDescription' | 'version'>): void {
    const pname = normalise(doc.pname);
    const self = new Set([pname, normalise(doc.attrPath)]);
    this.citations.add(doc.longDescription ? [doc.description, doc.longDescription.text] : [doc.description], `package:${pname}`, self);
    this.acronyms.add(doc.description);
    if (doc.longDescription) this.acronyms.add(doc.longDescription.text);
    if (doc.packageSet === '') {
      this.packageNames.add(normalise(doc.attrPath));
      this.versions.add(pname, doc.version);
      if (doc.description) {
        this.byAttr.set(normalise(doc.attrPath), doc.description);
        if (!this.byPname.has(pname)) this.byPname.set(pname, doc.description);
      }
    }
    this.packageNames.add(pname);
    this.pathTokens.push({ pname, tokens: doc.attrPath.split('.').flatMap(identifierTokens) });
  }

  /** The collected context. */
  build(): BoostContext {
    // Only tokens that are some package's pname can be asked for: count distinct other pnames.
    const pairs = new Set<string>();
    const nameMentions = new Map<string, number>();
    for (const { pname, tokens } of this.pathTokens) {
      for (const t of tokens) {
        if (t === pname || !this.packageNames.has(t)) continue;
        const pair = `${t}\u0000${pname}`;
        if (pairs.has(pair)) continue;
        pairs.add(pair);
        nameMentions.set(t, (nameMentions.get(t) ?? 0) + 1);
      }
    }
    const packageDescriptions = new Map(this.byPname);
    for (const [k, v] of this.byAttr) packageDescriptions.set(k, v);
    return {
      moduleNames: this.moduleNames,
      packageNames: this.packageNames,
      nameMentions,
      packageDescriptions,
      optionDescriptionCounts: this.descriptionCounts,
      modulePackages: this.modulePackages,
      packageModules: this.packageModules,
      moduleDescriptions: this.moduleDescriptions,
      moduleSizes: this.moduleSizes,
      moduleOptionCounts: this.moduleOptionCounts,
      moduleOptionTexts: this.moduleOptionTexts,
      citations: this.citations.build(this.packageNames),
      acronyms: this.acronyms.build(),
      newestVersions: this.versions.build(),
    };
  }
}

/** Modules that run a top-level package: named after its attribute or pname, or defaulting to it. */
export function modulesOfPackage(doc: Pick<PackageDoc, 'attrPath' | 'pname' | 'packageSet'>, ctx: BoostContext): string[] {
  if (doc.packageSet !== '') return [];
  const attr = normalise(doc.attrPath);
  const out = new Set<string>(ctx.packageModules.get(attr) ?? []);
  for (const name of [attr, normalise(doc.pname)]) if (ctx.moduleNames.has(name)) out.add(name);
  return [...out];
}

/**
 * The description of the package an option's module runs, for the module's own top-level
 * options (`services.jellyfin.*` at depth 3 ← package jellyfin: "Free Software Media System";
 * `services.printing.*` ← its default package cups): what the module is for, in words option
 * descriptions rarely use.
 */
export function modulePackageDescription(loc: readonly string[], ctx: Pick<BoostContext, 'packageDescriptions' | 'modulePackages'>): string | null {
  if (loc.length !== 3) return null;
  const m = optionModuleName(loc);
  if (!m) return null;
  const attr = ctx.modulePackages.get(m);
  return (attr && ctx.packageDescriptions.get(attr)) || ctx.packageDescriptions.get(m) || null;
}

/** What the modules running a package say about it (their `enable` descriptions), joined. */
export function packageModuleText(doc: Pick<PackageDoc, 'attrPath' | 'pname' | 'packageSet'>, ctx: BoostContext): string {
  return modulesOfPackage(doc, ctx)
    .map((m) => ctx.moduleDescriptions.get(m) ?? '')
    .filter((t) => t.length > 0)
    .join(' ');
}

/** What the other top-level options of a package's modules say (first sentences), joined. */
export function packageModuleOptionText(doc: Pick<PackageDoc, 'attrPath' | 'pname' | 'packageSet'>, ctx: BoostContext): string {
  return modulesOfPackage(doc, ctx)
    .map((m) => (ctx.moduleOptionTexts.get(m) ?? []).join(' '))
    .filter((t) => t.length > 0)
    .join(' ');
}
