/**
 * One raw package entry (`nix-env -qa --json --meta`) → PackageDoc. Pure; tolerant of every
 * era's shapes (see raw.ts). Entries that cannot be a package are skipped with a reason.
 */
import type { PackageDoc } from '@/core/documents/types';
import { licensesUnfree, toLicenses, toMaintainers, toTeams } from './people';
import { isRecord, many, str, strings, type RawPackage } from './raw';
import { positionLink, type SourceContext } from './source-links';
import { renderMarkdown, type RenderContext } from './text';

/** What normalising a package needs besides the entry. */
export interface PackageContext {
  source: SourceContext;
  render: RenderContext;
}

/** A document, or the reason the entry was skipped. */
export type Normalised<D> = { doc: D } | { skip: string };

/** "python312Packages.requests" → "python312Packages"; "" at top level. */
export function packageSetOf(attrPath: string): string {
  const dot = attrPath.indexOf('.');
  return dot > 0 ? attrPath.slice(0, dot) : '';
}

/** `pname` from a derivation name when nix-env did not give one ("foo-bar-1.2" → "foo-bar"). */
function pnameOf(name: string): string {
  const m = /^(.*?)-(?=\d)/.exec(name);
  return m ? m[1]! : name;
}

function outputsOf(raw: unknown): string[] {
  if (Array.isArray(raw)) return strings(raw);
  return isRecord(raw) ? Object.keys(raw) : [];
}

/** Normalise one package entry. */
export function normalisePackage(attrPath: string, entry: unknown, context: PackageContext): Normalised<PackageDoc> {
  if (!isRecord(entry)) return { skip: 'not-an-object' };
  const raw = entry as RawPackage;
  const meta: Record<string, unknown> = isRecord(raw.meta) ? raw.meta : {};
  const name = str(raw.name) ?? str(meta.name);
  if (!name) return { skip: 'missing-name' };
  const licenses = toLicenses(meta.license);
  const platforms = strings(meta.platforms);
  const system = str(raw.system);
  const mainProgram = str(meta.mainProgram);
  const longDescription = str(meta.longDescription);
  const { position, sourceUrl } = positionLink(meta.position, context.source);
  const knownVulnerabilities = many(meta.knownVulnerabilities).filter((v) => typeof v === 'string');
  return {
    doc: {
      kind: 'package',
      attrPath,
      packageSet: packageSetOf(attrPath),
      pname: str(raw.pname) ?? pnameOf(name),
      version: str(raw.version) ?? str(meta.version) ?? '',
      name,
      description: (str(meta.description) ?? '').replace(/\s+/g, ' ').trim(),
      longDescription: longDescription ? renderMarkdown(longDescription, context.render) : null,
      homepages: strings(meta.homepage),
      licenses,
      maintainers: toMaintainers(meta.maintainers),
      teams: toTeams(meta.teams),
      platforms,
      outputs: outputsOf(raw.outputs),
      defaultOutput: str(raw.outputName),
      outputsToInstall: strings(meta.outputsToInstall),
      mainProgram,
      programs: mainProgram ? [mainProgram] : [],
      flags: {
        broken: meta.broken === true,
        insecure: meta.insecure === true || knownVulnerabilities.length > 0,
        unfree: typeof meta.unfree === 'boolean' ? meta.unfree : licensesUnfree(licenses),
        unsupported:
          typeof meta.unsupported === 'boolean'
            ? meta.unsupported
            : // Older channels did not say: derive it from the platform lists when they are plain strings.
              system !== null &&
              ((platforms.length > 0 && !platforms.includes(system)) || strings(meta.badPlatforms).includes(system)),
      },
      position,
      sourceUrl,
    },
  };
}
