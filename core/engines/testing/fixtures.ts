/**
 * Small fixture documents of the shared backend suite: real-looking packages and options
 * (shapes of core/documents/types.ts), a few of them messy on purpose (Unicode, HTML in text,
 * broken/insecure flags, the same option name in two option sets).
 */
import { SCHEMA_VERSION, type OptionDoc, type PackageDoc } from '@/core/documents/types';
import type { Manifest } from '@/core/metadata/manifest';
import type { PublishInput } from '@/core/search/engine';

const lic = (spdxId: string, shortName: string, fullName: string, free = true) => ({ spdxId, shortName, fullName, url: null, free });
const MIT = lic('MIT', 'mit', 'MIT License');
const GPL3 = lic('GPL-3.0-or-later', 'gpl3Plus', 'GNU General Public License v3.0 or later');
const BSD3 = lic('BSD-3-Clause', 'bsd3', 'BSD 3-clause "New" or "Revised" License');
const ASL = lic('Apache-2.0', 'asl20', 'Apache License 2.0');
const GPL2 = lic('GPL-2.0-or-later', 'gpl2Plus', 'GNU General Public License v2.0 or later');
const who = (github: string, name: string) => ({ name, github, email: `${github}@example.org` });
const LINUX = ['x86_64-linux', 'aarch64-linux'];
const ALL = [...LINUX, 'x86_64-darwin', 'aarch64-darwin'];

/** A package document with defaults for everything not given. */
export function pkg(attrPath: string, p: Partial<PackageDoc> = {}): PackageDoc {
  const dot = attrPath.indexOf('.');
  const pname = p.pname ?? attrPath.slice(attrPath.lastIndexOf('.') + 1);
  const version = p.version ?? '1.0.0';
  return {
    kind: 'package',
    attrPath,
    packageSet: dot < 0 ? '' : attrPath.slice(0, dot),
    pname,
    version,
    name: `${pname}-${version}`,
    description: '',
    longDescription: null,
    homepages: [],
    licenses: [MIT],
    maintainers: [],
    teams: [],
    platforms: ALL,
    outputs: ['out'],
    defaultOutput: 'out',
    outputsToInstall: ['out'],
    mainProgram: null,
    programs: [],
    flags: { broken: false, insecure: false, unfree: false, unsupported: false },
    position: null,
    sourceUrl: null,
    ...p,
  };
}

/** An option document with defaults for everything not given. */
export function opt(name: string, p: Partial<OptionDoc> = {}): OptionDoc {
  const text = p.description?.text ?? '';
  return {
    kind: 'option',
    name,
    loc: name.split('.'),
    optionSet: 'nixos',
    description: { html: `<p>${text}</p>`, text },
    type: 'boolean',
    default: { text: 'false', rendered: null },
    example: null,
    readOnly: false,
    declarations: [{ name: 'nixos/modules/x.nix', url: null }],
    ...p,
  };
}

const d = (text: string) => ({ html: `<p>${text}</p>`, text });

/** The packages of the fixture channel. */
export const PACKAGES: PackageDoc[] = [
  pkg('ripgrep', { description: 'Utility that combines the usability of The Silver Searcher with the raw speed of grep', mainProgram: 'rg', programs: ['rg'], licenses: [MIT, lic('Unlicense', 'unlicense', 'The Unlicense')], maintainers: [who('globin', 'Robin Gloster'), who('ma27', 'Maximilian Bosch')], version: '14.1.1' }),
  pkg('ripgrep-all', { description: 'Ripgrep, but also search in PDFs, E-Books, Office documents, zip, tar.gz, and more', mainProgram: 'rga', programs: ['rga', 'rga-preproc'], licenses: [ASL], maintainers: [who('ma27', 'Maximilian Bosch')] }),
  pkg('nginx', { description: 'Reverse proxy and lightweight webserver', mainProgram: 'nginx', programs: ['nginx'], licenses: [lic('BSD-2-Clause', 'bsd2', 'BSD 2-clause "Simplified" License')], platforms: LINUX, maintainers: [who('fpletz', 'Franz Pletz')] }),
  pkg('nginxMainline', { pname: 'nginx', description: 'Reverse proxy and lightweight webserver', mainProgram: 'nginx', programs: ['nginx'], licenses: [lic('BSD-2-Clause', 'bsd2', 'BSD 2-clause "Simplified" License')], platforms: LINUX }),
  pkg('python312Packages.requests', { pname: 'requests', description: 'HTTP library for Python', licenses: [ASL], maintainers: [who('fab', 'Fabian Affolter')] }),
  pkg('python311Packages.requests', { pname: 'requests', description: 'HTTP library for Python', licenses: [ASL], maintainers: [who('fab', 'Fabian Affolter')] }),
  pkg('python3Full', { pname: 'python3', description: 'High-level dynamically-typed programming language', mainProgram: 'python3', programs: ['python3', 'python'], licenses: [lic('Python-2.0', 'psfl', 'Python Software Foundation License version 2')], longDescription: d('Python is a remarkably powerful dynamic programming language that is used in a wide variety of application domains.') }),
  pkg('nodejs_22', { pname: 'nodejs', version: '22.10.0', description: 'Event-driven I/O framework for the V8 JavaScript engine', mainProgram: 'node', programs: ['node', 'npm'] }),
  pkg('tmux', { description: 'Terminal multiplexer', mainProgram: 'tmux', programs: ['tmux'], licenses: [BSD3], longDescription: d('tmux is intended to be a modern, BSD-licensed alternative to programs such as GNU screen.') }),
  pkg('screen', { description: 'Window manager that multiplexes a physical terminal', mainProgram: 'screen', licenses: [GPL3] }),
  pkg('firefox', { description: 'Web browser built from Firefox source tree', mainProgram: 'firefox', licenses: [lic('MPL-2.0', 'mpl20', 'Mozilla Public License 2.0')] }),
  pkg('firefox-unwrapped', { pname: 'firefox', description: 'Web browser built from Firefox source tree (unwrapped)', mainProgram: 'firefox', licenses: [lic('MPL-2.0', 'mpl20', 'Mozilla Public License 2.0')] }),
  pkg('postgresql', { description: 'Powerful, open source object-relational database system', mainProgram: 'psql', licenses: [lic('PostgreSQL', 'postgresql', 'PostgreSQL License')], platforms: LINUX }),
  pkg('postgresql_15', { pname: 'postgresql', version: '15.8', description: 'Powerful, open source object-relational database system', mainProgram: 'psql', licenses: [lic('PostgreSQL', 'postgresql', 'PostgreSQL License')], platforms: LINUX }),
  pkg('openssl_1_1', { pname: 'openssl', version: '1.1.1w', description: 'Cryptographic library that implements the SSL and TLS protocols', flags: { broken: false, insecure: true, unfree: false, unsupported: false } }),
  pkg('unicode-tool', { description: 'Outils pour le texte: 日本語 Ünïcödé “quotes” <script>alert(1)</script>', licenses: [lic('', '', 'Custom license', false)] }),
  // The acronym VPN, defined by two documents, used alone by one, spelled out alone by another.
  pkg('vpnc', { description: "Virtual private network (VPN) client for Cisco's VPN concentrators", mainProgram: 'vpnc', licenses: [GPL2] }),
  pkg('strongswan', { description: 'OpenSource IPsec-based VPN solution', licenses: [GPL2], longDescription: d('strongSwan is an IPsec-based virtual private network (VPN) solution for Linux and other systems.') }),
  pkg('tailscale', { description: 'Node agent for Tailscale, a mesh VPN built on WireGuard', mainProgram: 'tailscale', licenses: [BSD3] }),
  pkg('softether', { description: 'Cross-platform multi-protocol virtual private network software', licenses: [ASL] }),
  pkg('haskellPackages.pandoc-types', { pname: 'pandoc-types', description: 'Types for representing a structured document', licenses: [GPL3], flags: { broken: true, insecure: false, unfree: false, unsupported: false } }),
];

/** The options of the fixture channel (NixOS and Home Manager). */
export const OPTIONS: OptionDoc[] = [
  opt('services.nginx.enable', { description: d('Whether to enable Nginx Web Server.'), declarations: [{ name: 'nixos/modules/services/web-servers/nginx/default.nix', url: 'https://github.com/NixOS/nixpkgs/blob/x/nixos/modules/services/web-servers/nginx/default.nix' }] }),
  opt('services.nginx.package', { description: d('Nginx package to use.'), type: 'package', default: { text: 'pkgs.nginxStable', rendered: null } }),
  opt('services.nginx.virtualHosts', { description: d('Declarative vhost config'), type: 'attribute set of (submodule)', default: { text: '{ localhost = { }; }', rendered: null } }),
  opt('services.nginx.virtualHosts.<name>.root', { description: d('The path of the web root directory.'), type: 'null or path' }),
  opt('services.prometheus.exporters.nginx.enable', { description: d('Whether to enable the prometheus nginx exporter.') }),
  opt('networking.firewall.enable', { description: d('Whether to enable the firewall. This is a simple stateful firewall that blocks connection attempts to unauthorised TCP or UDP ports on this machine.'), default: { text: 'true', rendered: null } }),
  opt('networking.firewall.allowedTCPPorts', { description: d('List of TCP ports on which incoming connections are accepted.'), type: 'list of 16 bit unsigned integer', default: { text: '[ ]', rendered: null } }),
  opt('services.openssh.enable', { description: d('Whether to enable the OpenSSH secure shell daemon, which allows secure remote logins.') }),
  opt('programs.git.enable', { description: d('Whether to enable git, a distributed version control system.') }),
  opt('programs.git.enable', { optionSet: 'home-manager', description: d('Whether to enable Git.'), declarations: [{ name: '<home-manager/modules/programs/git.nix>', url: 'https://github.com/nix-community/home-manager/blob/master/modules/programs/git.nix' }] }),
  opt('programs.tmux.enable', { optionSet: 'home-manager', description: d('Whether to enable tmux.') }),
  opt('system.nixos.release', { description: d('The NixOS release (e.g. `16.03`).'), type: 'string', readOnly: true }),
];

/** A manifest for the fixture documents. */
export function manifestFor(channel: string, revision: string, packages: PackageDoc[], options: OptionDoc[], contentHash = `hash-${revision}`): Manifest {
  return {
    schemaVersion: SCHEMA_VERSION,
    channel: { id: channel, label: `Test ${channel}`, revision, sourceBaseUrl: 'https://github.com/NixOS/nixpkgs/blob/x/' },
    sources: [],
    counts: {
      packages: packages.length,
      options: {
        nixos: options.filter((o) => o.optionSet === 'nixos').length,
        'home-manager': options.filter((o) => o.optionSet === 'home-manager').length,
      },
    },
    skipped: {},
    timings: {},
    contentHash,
    tool: { name: 'backend-suite', version: '0' },
    createdAt: '2024-11-12T00:00:00.000Z',
  };
}

async function* iterate<T>(items: T[], failAfter?: number): AsyncIterable<T> {
  let i = 0;
  for (const item of items) {
    if (failAfter !== undefined && i === failAfter) throw new Error('metadata stream broke (test)');
    i++;
    yield item;
  }
}

/** A PublishInput over fixture arrays; `failAfter` makes the package stream throw after that many documents. */
export function fixtureInput(
  channel: string,
  revision: string,
  packages: PackageDoc[] = PACKAGES,
  options: OptionDoc[] = OPTIONS,
  extra: { contentHash?: string; failAfter?: number } = {},
): PublishInput {
  return {
    manifest: manifestFor(channel, revision, packages, options, extra.contentHash),
    packages: () => iterate(packages, extra.failAfter),
    options: () => iterate(options),
  };
}
