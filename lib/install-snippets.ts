/**
 * Install and usage snippets shown with copy buttons on package and option pages. Pure
 * functions of a document: attribute paths are quoted wherever Nix or the shell needs it,
 * so every snippet is valid as copied.
 */
import type { OptionDoc, PackageDoc } from '@/core/documents/types';

/** One snippet: what it is for and the exact text to copy. */
export interface Snippet {
  id: string;
  label: string;
  /** Shell command or Nix code. */
  language: 'shell' | 'nix';
  code: string;
}

const NIX_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_'-]*$/;
const NIX_KEYWORDS = new Set(['if', 'then', 'else', 'assert', 'with', 'let', 'in', 'rec', 'inherit', 'or']);

/** Quote a string as a Nix string literal. */
function nixString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, '\\${')}"`;
}

/** An attribute path as Nix source: `a.b`, or `a."2048-game"` where a segment needs quotes. */
export function nixAttrPath(attrPath: string): string {
  return attrPath
    .split('.')
    .map((seg) => (NIX_IDENTIFIER.test(seg) && !NIX_KEYWORDS.has(seg) ? seg : nixString(seg)))
    .join('.');
}

/** True when every segment is a plain Nix identifier. */
function isPlainAttrPath(attrPath: string): boolean {
  return nixAttrPath(attrPath) === attrPath;
}

/** Quote one shell word (POSIX single quotes) when it holds anything but safe characters. */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./#-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Install snippets of a package; `nix run` only when it has a main program. */
export function packageSnippets(pkg: Pick<PackageDoc, 'attrPath' | 'mainProgram'>): Snippet[] {
  const attr = pkg.attrPath;
  const flakeRef = shellWord(`nixpkgs#${attr}`);
  const expr = `pkgs.${nixAttrPath(attr)}`;
  const snippets: Snippet[] = [
    {
      id: 'nix-shell',
      label: 'Try it in a shell (nix-shell)',
      language: 'shell',
      code: `nix-shell -p ${isPlainAttrPath(attr) ? attr : shellWord(expr)}`,
    },
  ];
  if (pkg.mainProgram) {
    snippets.push({ id: 'nix-run', label: 'Run it once (flakes)', language: 'shell', code: `nix run ${flakeRef}` });
  }
  snippets.push(
    { id: 'nix-profile', label: 'Install in your profile (flakes)', language: 'shell', code: `nix profile install ${flakeRef}` },
    {
      id: 'nixos',
      label: 'NixOS configuration',
      language: 'nix',
      code: `environment.systemPackages = [\n  ${expr}\n];`,
    },
    { id: 'home-manager', label: 'Home Manager', language: 'nix', code: `home.packages = [\n  ${expr}\n];` },
  );
  return snippets;
}

/** One option path segment as Nix source; placeholders (`<name>`, `*`) stay as written. */
function nixSegment(seg: string): string {
  if (/^<[^>]*>$/.test(seg) || seg === '*') return seg;
  return NIX_IDENTIFIER.test(seg) && !NIX_KEYWORDS.has(seg) ? seg : nixString(seg);
}

/**
 * How to set an option in a configuration: `name = value;`, with `true` for booleans and
 * the example (else the default) otherwise. Placeholders such as `<name>` stay as written:
 * they tell the reader what to fill in.
 */
export function optionUsageSnippet(option: Pick<OptionDoc, 'name' | 'loc' | 'type' | 'example' | 'default'>): Snippet {
  const path = option.loc.length > 0 ? option.loc.map(nixSegment).join('.') : option.name;
  let value: string;
  if (option.type === 'boolean') value = 'true';
  else if (option.example && !option.example.rendered) value = option.example.text;
  else if (option.default && !option.default.rendered) value = option.default.text;
  else value = '…';
  return { id: 'usage', label: 'Usage', language: 'nix', code: `${path} = ${value.trim().replace(/;+$/, '')};` };
}
