/**
 * Maintainers, teams and licenses: every era's shape (strings, objects, lists, nested lists)
 * to the flat records of core/documents/types.ts.
 */
import type { License, Maintainer, Team } from '@/core/documents/types';
import { isRecord, many, str } from './raw';

/** `"Name <email>"` (16.09) or `{name, email, github}` → Maintainer; null when empty. */
export function toMaintainer(raw: unknown): Maintainer | null {
  if (typeof raw === 'string') {
    const s = raw.trim();
    if (s === '') return null;
    const m = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(s);
    return m ? { name: m[1] || null, email: m[2]!, github: null } : { name: s, email: null, github: null };
  }
  if (!isRecord(raw)) return null;
  const maintainer: Maintainer = {
    name: str(raw.name),
    github: str(raw.github)?.replace(/^@/, '') ?? null,
    email: str(raw.email),
  };
  return maintainer.name || maintainer.github || maintainer.email ? maintainer : null;
}

/** `meta.maintainers` in any shape. */
export function toMaintainers(raw: unknown): Maintainer[] {
  return many(raw)
    .map(toMaintainer)
    .filter((m): m is Maintainer => m !== null);
}

/** `meta.teams`: objects with a short name. */
export function toTeams(raw: unknown): Team[] {
  return many(raw).flatMap((t): Team[] => {
    if (!isRecord(t)) return [];
    const shortName = str(t.shortName);
    if (!shortName) return [];
    const githubTeams = Array.isArray(t.githubTeams) ? t.githubTeams.map(str) : [];
    return [{ shortName, scope: str(t.scope), github: str(t.github) ?? githubTeams.find((g) => g) ?? null }];
  });
}

/** One license: a bare string keeps its text as short and full name; objects map field by field. */
export function toLicense(raw: unknown): License | null {
  if (typeof raw === 'string') {
    const s = raw.trim();
    return s === '' ? null : { spdxId: null, shortName: s, fullName: s, url: null, free: null };
  }
  if (!isRecord(raw)) return null;
  const spdxId = str(raw.spdxId);
  const shortName = str(raw.shortName);
  const fullName = str(raw.fullName) ?? shortName ?? spdxId;
  if (!fullName) return null;
  return { spdxId, shortName, fullName, url: str(raw.url), free: typeof raw.free === 'boolean' ? raw.free : null };
}

/** `meta.license` in any shape. */
export function toLicenses(raw: unknown): License[] {
  return many(raw)
    .map(toLicense)
    .filter((l): l is License => l !== null);
}

/** Whether licenses say unfree: `free: false`, or (old channels without `free`) an `unfree*` name. */
export function licensesUnfree(licenses: License[]): boolean {
  return licenses.some((l) => l.free === false || (l.free === null && /^unfree/i.test(l.shortName ?? '')));
}
