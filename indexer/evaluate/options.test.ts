// evaluateOptions with the real nix-instantiate and the project's options expression on the
// project's own small module set (fixtures/nixos: an eval-config.nix-compatible tree).
import { execFileSync } from 'node:child_process';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateOptions, type OptionsEvaluation } from './index';
import { FIXTURES, tempDir, writeTree } from './test-support/helpers';

const TREE = join(FIXTURES, 'nixos');

interface Option {
  declarations: string[];
  default?: unknown;
  description: string;
  example?: unknown;
  loc: string[];
  readOnly: boolean;
  type: string;
}

const text = (t: string) => ({ _type: 'literalExpression', text: t });

describe('evaluateOptions on the fixture module set', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let result: OptionsEvaluation;
  let options: Record<string, Option>;
  const opt = (name: string): Option => {
    const o = options[name];
    if (!o) throw new Error(`option ${name} missing`);
    return o;
  };

  beforeAll(async () => {
    work = await tempDir('options');
    result = await evaluateOptions(TREE, { workDir: work.dir });
    options = JSON.parse(await readFile(result.file, 'utf8')) as Record<string, Option>;
  });
  afterAll(() => work.cleanup());

  it('writes options.json and reports the tree as Nix saw it', async () => {
    expect(result.file).toBe(join(work.dir, 'options.json'));
    expect(result.sourceRoot).toBe(await realpath(TREE));
    expect(await readdir(work.dir)).toEqual(['options.json']);
    expect(result.count).toBe(Object.keys(options).length);
    expect(result.degraded).toBeNull();
  });

  it('lists visible, non-internal options only, sub-options of submodules included', () => {
    const names = Object.keys(options);
    for (const hidden of [
      '_module.args',
      'services.demo.internalThing',
      'services.demo.hidden',
      'services.demo.instances.<name>.secret',
      'services.demo.shallow.hiddenChild',
      'services.demo.invisibleParent',
      'services.demo.invisibleParent.child',
    ])
      expect(names).not.toContain(hidden);
    const top = ['enable', 'port', 'ratio', 'nothing', 'settings', 'script', 'package', 'nestedPackage', 'binary']
      .concat(['generated', 'hook', 'callback', 'mixed', 'config', 'legacyText', 'newText', 'oldExample'])
      .concat(['valueExample', 'mdExample', 'throwing', 'asserting', 'deepThrow', 'noDescription'])
      .concat(['badDescription', 'readOnlyThing', 'instances', 'instances.<name>.name', 'instances.<name>.port', 'shallow']);
    expect(names.sort()).toEqual(top.map((n) => `services.demo.${n}`).sort());
  });

  it('gives every option the manual’s fields', () => {
    const declaredIn = `${result.sourceRoot}/nixos/modules/demo.nix`;
    expect(opt('services.demo.enable')).toEqual({
      declarations: [declaredIn],
      default: false,
      description: 'Whether to enable the <literal>demo</literal> service.',
      example: true,
      loc: ['services', 'demo', 'enable'],
      readOnly: false,
      type: 'boolean',
    });
    expect(opt('services.demo.instances.<name>.port')).toEqual({
      declarations: [declaredIn],
      default: 80,
      description: 'Instance port.',
      loc: ['services', 'demo', 'instances', '<name>', 'port'],
      readOnly: false,
      type: 'signed integer',
    });
    expect(opt('services.demo.instances').type).toBe('attribute set of submodule');
    expect(opt('services.demo.readOnlyThing').readOnly).toBe(true);
    // Old trees: types with a name and no description.
    expect(opt('services.demo.oldExample').type).toBe('list of strings');
  });

  it('turns mdDoc descriptions into their text, and missing or throwing ones into ""', () => {
    expect(opt('services.demo.port').description).toBe('Port of {option}`services.demo.enable`.');
    expect(opt('services.demo.noDescription').description).toBe('');
    expect(opt('services.demo.badDescription').description).toBe('');
  });

  it('keeps plain-data defaults as JSON', () => {
    expect(opt('services.demo.port').default).toBe(8080);
    expect(opt('services.demo.ratio').default).toBe(0.5);
    expect(opt('services.demo.nothing').default).toBeNull();
    expect(opt('services.demo.settings').default).toEqual({ greeting: 'hi', list: [1, 'two', true], nested: { deep: {} } });
    expect(opt('services.demo.script').default).toBe('line one\nline ${two}\n');
    expect(opt('services.demo.instances.<name>.name').default).toBe('<name>');
  });

  it('renders what JSON cannot hold as Nix text', () => {
    expect(opt('services.demo.package').default).toEqual(text('pkgs.hello'));
    expect(opt('services.demo.nestedPackage').default).toEqual(text('pkgs.tools.jq'));
    expect(opt('services.demo.binary').default).toBe('${pkgs.hello}/bin/hello');
    expect(opt('services.demo.generated').default).toEqual(text('<derivation generated.conf>'));
    expect(opt('services.demo.hook').default).toEqual(text('<function>'));
    expect(opt('services.demo.callback').default).toEqual(text('<function, args: {a, b?}>'));
    expect(opt('services.demo.mixed').default).toEqual(text('[\n  "a"\n  <function>\n]'));
    expect(opt('services.demo.config').default).toEqual(text('<nixpkgs/nixos/modules/demo.nix>'));
  });

  it('uses defaultText instead of evaluating the default, in old and new forms', () => {
    expect(opt('services.demo.legacyText').default).toEqual(text('pkgs.legacy'));
    expect(opt('services.demo.newText').default).toEqual(text('pkgs.newer'));
  });

  it('normalises literal examples of every era', () => {
    expect(opt('services.demo.settings').example).toEqual(text('{ greeting = "hello"; }'));
    expect(opt('services.demo.oldExample').example).toEqual(text('[ "old" ]'));
    expect(opt('services.demo.valueExample').example).toEqual(text('{\n  wrapped = [\n    1\n  ];\n}'));
    expect(opt('services.demo.mdExample').example).toEqual({ _type: 'literalMD', text: 'Any *string*.' });
    expect('example' in opt('services.demo.port')).toBe(false);
  });

  it('leaves out a default that throws or fails an assertion, keeping the option', () => {
    for (const name of ['services.demo.throwing', 'services.demo.asserting', 'services.demo.deepThrow']) {
      expect(opt(name).description).not.toBe('');
      expect('default' in opt(name)).toBe(false);
    }
  });
});

describe('evaluateOptions on a tarball URL', () => {
  it('evaluates the unpacked store path and declares options under it', async () => {
    const work = await tempDir('options-url');
    try {
      const tarball = join(work.dir, 'tree.tar.gz');
      execFileSync('tar', ['-czf', tarball, '-C', FIXTURES, 'nixos']);
      const result = await evaluateOptions(`file://${tarball}`, { workDir: join(work.dir, 'out') });
      expect(result.sourceRoot).toMatch(/^\/nix\/store\/[a-z0-9]{32}-source$/);
      const options = JSON.parse(await readFile(result.file, 'utf8')) as Record<string, Option>;
      expect(options['services.demo.enable']?.declarations).toEqual([`${result.sourceRoot}/nixos/modules/demo.nix`]);
      expect(options['services.demo.config']?.default).toEqual(text('<nixpkgs/nixos/modules/demo.nix>'));
    } finally {
      await work.cleanup();
    }
  });
});

describe('evaluateOptions when a default hits an error tryEval cannot catch', () => {
  it('evaluates again keeping only defaultText and literals, and says so', async () => {
    const work = await tempDir('options-degraded');
    try {
      const option = (name: string, rest: string) =>
        `${name} = { _type = "option"; loc = [ "${name}" ]; declarations = [ "m.nix" ]; type.description = "string"; description = "${name}."; ${rest} };`;
      await writeTree(work.dir, {
        'nixos/lib/eval-config.nix': `{ modules, ... }: { config._module.args.pkgs = { }; options = {
          ${option('typeError', 'default = 1 + "x";')}
          ${option('plain', 'default = "kept only when every value renders";')}
          ${option('withText', 'default = 1 + "x"; defaultText = "pkgs.something";')}
          ${option('withExample', 'example = { _type = "literalExpression"; text = "42"; };')}
        }; }\n`,
      });
      const logs: string[] = [];
      const result = await evaluateOptions(work.dir, { workDir: join(work.dir, 'out'), onLog: (l) => logs.push(l) });
      expect(result.degraded).toContain('cannot add a string to an integer');
      expect(logs.some((l) => l.startsWith('warning: options evaluation failed'))).toBe(true);
      const options = JSON.parse(await readFile(result.file, 'utf8')) as Record<string, Option>;
      expect(Object.keys(options).sort()).toEqual(['plain', 'typeError', 'withExample', 'withText']);
      expect('default' in options.typeError!).toBe(false);
      expect('default' in options.plain!).toBe(false);
      expect(options.withText?.default).toEqual(text('pkgs.something'));
      expect(options.withExample?.example).toEqual(text('42'));
      expect(options.plain?.description).toBe('plain.');
    } finally {
      await work.cleanup();
    }
  });
});
