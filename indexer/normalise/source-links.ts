/**
 * Source links at the channel revision: `meta.position` and option declarations, made
 * relative to the nixpkgs root (stripping the evaluation's path prefix: a store path
 * `/nix/store/<hash>-<name>/` or the local checkout given as `sourceRoot`), then joined to
 * the channel's `sourceBaseUrl`.
 */
import type { Declaration } from '@/core/documents/types';
import { isRecord, str } from './raw';

/** Where source paths point. */
export interface SourceContext {
  /** Base URL at the revision, ending in "/". */
  sourceBaseUrl: string;
  /** Absolute path of the evaluated tree (prefix to strip), when the input came from Nix. */
  sourceRoot: string | null;
}

const STORE_PREFIX = /^\/nix\/store\/[0-9a-z]{32}-[^/]+\//;

/** A path relative to the source root, or null when it lies outside it. */
export function relativeSourcePath(path: string, sourceRoot: string | null): string | null {
  let p = path.trim();
  if (sourceRoot) {
    const root = sourceRoot.replace(/\/+$/, '') + '/';
    if (p.startsWith(root)) p = p.slice(root.length);
  }
  p = p.replace(STORE_PREFIX, '').replace(/^\.\//, '');
  if (p === '' || p.startsWith('/') || p.startsWith('<') || /^[a-z]+:\/\//i.test(p)) return null;
  return p;
}

/** `base` + path, with characters that would end a URL path escaped. */
export function sourceUrl(base: string, path: string, line?: number): string {
  const encoded = encodeURI(path).replace(/#/g, '%23').replace(/\?/g, '%3F');
  return `${base}${encoded}${line ? `#L${line}` : ''}`;
}

/** `meta.position` ("path:line") → relative position and link. */
export function positionLink(raw: unknown, context: SourceContext): { position: string | null; sourceUrl: string | null } {
  const position = str(raw);
  if (!position) return { position: null, sourceUrl: null };
  const m = /^(.*?):(\d+)(?::\d+)?$/.exec(position.trim());
  const path = relativeSourcePath(m ? m[1]! : position, context.sourceRoot);
  if (!path) return { position: position.trim(), sourceUrl: null };
  const line = m ? Number(m[2]) : undefined;
  return { position: line ? `${path}:${line}` : path, sourceUrl: sourceUrl(context.sourceBaseUrl, path, line) };
}

/** One option declaration: a path (linked at the revision) or Home Manager's `{name, url}` (kept). */
export function toDeclaration(raw: unknown, context: SourceContext): Declaration | null {
  if (isRecord(raw)) {
    const name = str(raw.name);
    const url = str(raw.url);
    if (!name && !url) return null;
    return { name: name ?? url!, url: url && /^https?:\/\//i.test(url) ? url : null };
  }
  const name = str(raw);
  if (!name) return null;
  const path = relativeSourcePath(name, context.sourceRoot);
  return path ? { name: path, url: sourceUrl(context.sourceBaseUrl, path) } : { name: name.trim(), url: null };
}
