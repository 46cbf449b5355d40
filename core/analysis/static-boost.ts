/**
 * Static boosts: query-independent scores computed at index time from the document and from
 * the channel as a whole (which modules and packages it has). Weights live in core/ranking.ts.
 */
import type { OptionDoc, PackageDoc } from '../documents/types';
import { STATIC_WEIGHTS } from '../ranking';
import { normalise } from './tokens';
import { descriptionKey, moduleKey, modulesOfPackage, optionModuleName, type BoostContext } from './channel-context';

/** Static boost of a package: its base, the size of its ecosystem and its prominence in the channel. */
export function packageStaticBoost(doc: PackageDoc, ctx: BoostContext): number {
  return round(packageBaseBoost(doc, ctx) + ecosystemBoost(ctx.nameMentions, doc.pname) + prominenceBoost(doc, ctx));
}

/**
 * How prominent the package is in the channel (log-scaled, capped, rounded): the option count of
 * its largest module, and how many citers name it (pname or top-level attribute).
 */
export function prominenceBoost(doc: PackageDoc, ctx: BoostContext): number {
  const w = STATIC_WEIGHTS.package;
  let moduleOptions = 0;
  for (const m of modulesOfPackage(doc, ctx)) moduleOptions = Math.max(moduleOptions, ctx.moduleOptionCounts.get(m) ?? 0);
  let citations = ctx.citations.get(normalise(doc.pname)) ?? 0;
  if (doc.packageSet === '') citations = Math.max(citations, ctx.citations.get(normalise(doc.attrPath)) ?? 0);
  const modules = Math.min(w.moduleOptionCap, w.perModuleOptionDoubling * Math.log2(1 + moduleOptions));
  const cited = Math.min(w.citationCap, w.perCitationDoubling * Math.log2(1 + citations));
  return round(modules + cited);
}

/** The size of the ecosystem named after a package (log-scaled, capped), rounded. */
export function ecosystemBoost(nameMentions: ReadonlyMap<string, number>, pname: string): number {
  const w = STATIC_WEIGHTS.package;
  const mentions = nameMentions.get(normalise(pname)) ?? 0;
  return round(Math.min(w.ecosystemCap, w.perEcosystemDoubling * Math.log2(1 + mentions)));
}

/** Everything of a package's static boost except the ecosystem size, rounded. */
export function packageBaseBoost(doc: PackageDoc, ctx: BoostContext): number {
  const w = STATIC_WEIGHTS.package;
  const leaf = doc.attrPath.slice(doc.attrPath.lastIndexOf('.') + 1);
  let s = 0;
  if (doc.packageSet === '') s += w.topLevel;
  s += w.perLeafChar * Math.max(0, Math.min(leaf.length, 40) - 4);
  if (modulesOfPackage(doc, ctx).length > 0) s += w.hasModule;
  if (/[-_]unwrapped$|Unwrapped$/.test(leaf)) s += w.unwrapped;
  if (doc.flags.broken) s += w.broken;
  if (doc.flags.insecure) s += w.insecure;
  if (doc.flags.unsupported) s += w.unsupported;
  if (doc.mainProgram) s += w.hasMainProgram;
  if (doc.longDescription) s += w.hasLongDescription;
  // Among versioned siblings (transmission_3, transmission_4) the newest first when all else is equal.
  if (doc.packageSet === '' && ctx.newestVersions.get(normalise(doc.pname)) === doc.version) s += w.newestVersion;
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
  if (m) {
    // Shorter module names first among equals (typeahead: "graf" → grafana before grafana-agent).
    s += w.perModuleChar * Math.max(0, Math.min(m.length, 40) - 4);
    // Big modules are the ones people configure most.
    const size = ctx.moduleSizes.get(moduleKey(loc)) ?? 1;
    s += Math.min(w.moduleSizeCap, w.perModuleSizeDoubling * Math.log2(size));
  }
  return round(s);
}

/** Rounded so both engines store the same number (Elasticsearch keeps a float). */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
