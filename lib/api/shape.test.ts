import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OptionDoc, PackageDoc } from '@/core/documents/types';
import { openApiDocument } from '@/lib/openapi';
import { toApiOption, toApiPackage } from './shape';

const pkg: PackageDoc = {
  kind: 'package',
  attrPath: 'python312Packages.requests',
  packageSet: 'python312Packages',
  pname: 'requests',
  version: '2.32.3',
  name: 'python3.12-requests-2.32.3',
  description: 'HTTP library for Python',
  longDescription: { html: '<p>x</p>', text: 'x' },
  homepages: ['http://docs.python-requests.org/'],
  licenses: [{ spdxId: 'Apache-2.0', shortName: 'asl20', fullName: 'Apache License 2.0', url: null, free: true }],
  maintainers: [{ name: 'Fabian Affolter', github: 'fabaff', email: null }],
  teams: [],
  platforms: ['x86_64-linux'],
  outputs: ['out', 'dist'],
  defaultOutput: 'out',
  outputsToInstall: ['out'],
  mainProgram: null,
  programs: [],
  flags: { broken: false, insecure: false, unfree: false, unsupported: false },
  position: 'pkgs/development/python-modules/requests/default.nix:91',
  sourceUrl: 'https://github.com/NixOS/nixpkgs/blob/nixos-24.11/pkgs/development/python-modules/requests/default.nix#L91',
};

const opt: OptionDoc = {
  kind: 'option',
  name: 'services.nginx.virtualHosts.<name>.root',
  loc: ['services', 'nginx', 'virtualHosts', '<name>', 'root'],
  optionSet: 'home-manager',
  description: { html: '<p>Root</p>', text: 'Root' },
  type: 'null or path',
  default: { text: 'null', rendered: null },
  example: null,
  readOnly: false,
  declarations: [{ name: 'nixos/modules/services/web-servers/nginx/vhost-options.nix', url: null }],
};

type Schema = { properties?: Record<string, unknown>; required?: string[] };
const schemas = openApiDocument.components.schemas as unknown as Record<string, Schema>;

describe('API shapes', () => {
  it('match the OpenAPI schemas field for field', () => {
    const p = toApiPackage('nixos-24.11', pkg);
    expect(Object.keys(p).sort()).toEqual(Object.keys(schemas.Package?.properties ?? {}).sort());
    const o = toApiOption('nixos-24.11', opt);
    expect(Object.keys(o).sort()).toEqual(Object.keys(schemas.Option?.properties ?? {}).sort());
  });

  it('link to the permalink pages with names encoded', () => {
    expect(toApiPackage('nixos-24.11', pkg).url).toBe('/packages/nixos-24.11/python312Packages.requests');
    expect(toApiOption('nixos-24.11', opt).url).toBe(
      '/options/nixos-24.11/services.nginx.virtualHosts.%3Cname%3E.root?set=home-manager',
    );
  });

  it('documents every API route there is, and no other', () => {
    const root = join(process.cwd(), 'app');
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f === 'route.ts' && relative(root, p).startsWith('api/v1')) routes.push(relative(root, dir));
      }
    };
    walk(join(root, 'api'));
    const asOpenApi = routes
      .map((r) => `/${r}`.replace(/\[\.\.\.(\w+)\]/g, '{$1}').replace(/\[(\w+)\]/g, '{$1}').replace('{attr}', '{attrPath}'))
      .sort();
    expect(asOpenApi).toEqual(Object.keys(openApiDocument.paths).sort());
  });
});
