/**
 * The table of search cases every backend must pass unchanged (Gitea-style). Expectations
 * follow from the semantics in core/query/plan.ts and the fixture documents, not from one
 * engine's output: `first` = the top hits in order, `includes` / `excludes` = membership of
 * the whole result set, `total` = exact count.
 */
import type { DocKind } from '@/core/documents/types';
import type { FacetName, Filters, SortOrder } from '@/core/search/types';
import { OPTIONS, PACKAGES } from './fixtures';

/** One search case. */
export interface SearchCase {
  name: string;
  kind: DocKind;
  query: string;
  filters?: Filters;
  sort?: SortOrder;
  from?: number;
  size?: number;
  /** Ids (attrPath / option name) of the first hits, in order. */
  first?: string[];
  /** Ids somewhere in the full result. */
  includes?: string[];
  /** Ids nowhere in the full result. */
  excludes?: string[];
  total?: number;
  /** Exact facet counts to find (other buckets may exist). */
  facets?: Partial<Record<FacetName, Record<string, number>>>;
}

const pkgCount = PACKAGES.length;
const nixosOptions = OPTIONS.filter((o) => o.optionSet === 'nixos').length;
const byName = (ids: string[]) => [...ids].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : 1));
const NIXOS: Filters = { optionSet: ['nixos'] };

/** The cases. */
export const SEARCH_CASES: SearchCase[] = [
  // Exact names, programs, prefixes and typos.
  { name: 'exact attribute first', kind: 'package', query: 'ripgrep', first: ['ripgrep'], includes: ['ripgrep-all'] },
  { name: 'exact main program first', kind: 'package', query: 'rg', first: ['ripgrep'] },
  { name: 'case-insensitive', kind: 'package', query: 'RipGrep', first: ['ripgrep'] },
  { name: 'prefix of a name', kind: 'package', query: 'ripg', first: ['ripgrep', 'ripgrep-all'], total: 2 },
  { name: 'typo with one edit', kind: 'package', query: 'ripgrp', first: ['ripgrep'] },
  { name: 'transposed letters', kind: 'package', query: 'tmxu', first: ['tmux'] },
  { name: 'typo never buries an exact hit', kind: 'package', query: 'screen', first: ['screen'] },
  { name: 'python3 finds python3Full', kind: 'package', query: 'python3', first: ['python3Full'] },
  { name: 'nodejs finds nodejs_22', kind: 'package', query: 'nodejs', first: ['nodejs_22'] },
  { name: 'versioned variants follow the plain name', kind: 'package', query: 'postgresql', first: ['postgresql', 'postgresql_15'] },
  { name: 'plain name before its variants', kind: 'package', query: 'firefox', first: ['firefox', 'firefox-unwrapped'] },
  { name: 'nested attribute by leaf name', kind: 'package', query: 'requests', includes: ['python312Packages.requests', 'python311Packages.requests'], total: 2 },
  { name: 'exact attribute path', kind: 'package', query: 'python312Packages.requests', first: ['python312Packages.requests'] },
  { name: 'description words', kind: 'package', query: 'terminal multiplexer', first: ['tmux'], includes: ['screen'] },
  { name: 'words written apart', kind: 'package', query: 'rip grep', first: ['ripgrep'] },
  { name: 'quoted phrase', kind: 'package', query: '"object-relational database"', includes: ['postgresql', 'postgresql_15'], total: 2 },
  { name: 'negation by set name', kind: 'package', query: 'requests -python311Packages', first: ['python312Packages.requests'], total: 1 },
  { name: 'negation by word', kind: 'package', query: 'firefox -unwrapped', first: ['firefox'], excludes: ['firefox-unwrapped'] },
  { name: 'negated phrase', kind: 'package', query: 'database -"object-relational"', excludes: ['postgresql', 'postgresql_15'] },
  { name: 'only a negation browses the rest', kind: 'package', query: '-nginx', excludes: ['nginx', 'nginxMainline'], total: pkgCount - 2 },
  { name: 'Unicode in text', kind: 'package', query: 'ünïcödé', first: ['unicode-tool'] },
  // Acronyms the channel defines (vpnc, strongswan: "virtual private network (VPN)").
  { name: 'words of an acronym find its users', kind: 'package', query: 'virtual private network', includes: ['tailscale', 'vpnc', 'strongswan', 'softether'] },
  { name: 'an acronym finds its spelled-out words', kind: 'package', query: 'vpn', includes: ['softether', 'tailscale', 'vpnc', 'strongswan'], total: 4 },
  { name: 'no match', kind: 'package', query: 'zzzzqqqq', total: 0 },
  // Browsing, sorting, pagination, filters and facets.
  { name: 'empty query browses everything', kind: 'package', query: '', total: pkgCount, includes: PACKAGES.map((p) => p.attrPath) },
  { name: 'sort by name', kind: 'package', query: '', sort: 'name', size: 100, first: byName(PACKAGES.map((p) => p.attrPath)) },
  { name: 'second page by name', kind: 'package', query: '', sort: 'name', from: 3, size: 3, first: byName(PACKAGES.map((p) => p.attrPath)).slice(3, 6) },
  {
    name: 'package set filter; its facet ignores its own filter',
    kind: 'package',
    query: '',
    filters: { packageSet: ['python312Packages'] },
    first: ['python312Packages.requests'],
    total: 1,
    facets: { packageSet: { '(top-level)': pkgCount - 3, python312Packages: 1, python311Packages: 1, haskellPackages: 1 }, license: { 'Apache-2.0': 1 } },
  },
  {
    name: 'license and platform filters combine',
    kind: 'package',
    query: '',
    filters: { license: ['BSD-2-Clause'], platform: ['x86_64-linux'] },
    includes: ['nginx', 'nginxMainline'],
    total: 2,
    facets: { license: { 'BSD-2-Clause': 2, MIT: 3 }, platform: { 'x86_64-linux': 2, 'x86_64-darwin': 0 } },
  },
  { name: 'maintainer filter', kind: 'package', query: 'rip', filters: { maintainer: ['ma27'] }, total: 2, facets: { maintainer: { ma27: 2, globin: 1 } } },
  { name: 'unknown filter value matches nothing', kind: 'package', query: '', filters: { license: ['No-Such-License'] }, total: 0 },
  { name: 'facet counts of a query', kind: 'package', query: 'nginx', facets: { license: { 'BSD-2-Clause': 2 } } },
  // Options.
  { name: 'module name: enable first', kind: 'option', query: 'nginx', filters: NIXOS, first: ['services.nginx.enable'], includes: ['services.nginx.package', 'services.nginx.virtualHosts', 'services.prometheus.exporters.nginx.enable'] },
  { name: 'dotted path: subtree, enable first', kind: 'option', query: 'services.nginx', filters: NIXOS, first: ['services.nginx.enable'], includes: ['services.nginx.package', 'services.nginx.virtualHosts', 'services.nginx.virtualHosts.<name>.root'] },
  { name: 'exact option name', kind: 'option', query: 'services.nginx.enable', filters: NIXOS, first: ['services.nginx.enable'] },
  { name: 'path typeahead', kind: 'option', query: 'services.ngi', filters: NIXOS, first: ['services.nginx.enable'] },
  { name: 'camelCase words', kind: 'option', query: 'allowed tcp ports', filters: NIXOS, first: ['networking.firewall.allowedTCPPorts'] },
  { name: 'module word and leaf word', kind: 'option', query: 'firewall', filters: NIXOS, first: ['networking.firewall.enable', 'networking.firewall.allowedTCPPorts'] },
  { name: 'option typo', kind: 'option', query: 'ngnix', filters: NIXOS, first: ['services.nginx.enable'] },
  { name: 'option set facet counts both sets', kind: 'option', query: 'git', filters: NIXOS, total: 1, facets: { optionSet: { nixos: 1, 'home-manager': 1 } } },
  { name: 'option set filter: Home Manager', kind: 'option', query: 'tmux', filters: { optionSet: ['home-manager'] }, first: ['programs.tmux.enable'], total: 1 },
  { name: 'all option sets', kind: 'option', query: '', total: OPTIONS.length, facets: { optionSet: { nixos: nixosOptions, 'home-manager': OPTIONS.length - nixosOptions } } },
];

/** Query strings that must never cause an engine error (results or an empty list). */
export const HOSTILE_QUERIES: string[] = [
  '',
  ' ',
  '-',
  '--',
  '- -',
  '"',
  '""',
  '"unclosed phrase',
  '*',
  '?',
  '\\',
  '\\"',
  '{}',
  '{ "query": { "match_all": {} } }',
  '[]()<>',
  'name:ripgrep AND (x OR y)^2~',
  'title:"foo bar"~5',
  "'; DROP TABLE package_docs; --",
  'NEAR(a b, 3)',
  'a* OR b*',
  '^ripgrep$',
  '/regex.*/',
  'services.',
  '.',
  '...',
  '._-+',
  'x'.repeat(10_000),
  'ripgrep '.repeat(2_000),
  '日本語のテキスト',
  '🦀 rust',
  'Ünïcödé ＦＵＬＬＷＩＤＴＨ',
  '\u0000\u0001\u001f',
  '\ud800',
  'ß',
  '<script>alert(1)</script>',
  '%00%27',
  '$(rm -rf /)',
  '-"',
  '-""',
  '- "-" -"-"',
];
