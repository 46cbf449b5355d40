// copyNixEnvJson on nix-env output layouts: the indented one of Nix 2.8 (with a package it
// printed half, at the start, middle and end), an empty result, and other layouts (copied).
import { readFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyNixEnvJson } from './nix-env-json';
import { tempDir } from './test-support/helpers';

const good = (attr: string) => `  "${attr}": {\n    "name": "${attr}-1",\n    "meta": {\n      "description": "d"\n    }\n  }`;
const half = (attr: string) => `  "${attr}": {\n    "name": "${attr}-1",\n    "meta": {\n      "homepage": \n    }\n  }`;
const nixEnv = (...entries: string[]) => `{\n${entries.join(',\n')}\n}\n`;

describe('copyNixEnvJson', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let n = 0;
  const copy = async (text: string) => {
    const file = join(work.dir, `out-${n++}.json`);
    const result = await copyNixEnvJson(Readable.from([text]), createWriteStream(file));
    return { result, text: await readFile(file, 'utf8') };
  };
  beforeAll(async () => {
    work = await tempDir('nix-env-json');
  });
  afterAll(() => work.cleanup());

  it('copies well-formed output to the same JSON', async () => {
    const input = nixEnv(good('a'), good('b.c'));
    const { result, text } = await copy(input);
    expect(JSON.parse(text)).toEqual(JSON.parse(input));
    expect(result).toMatchObject({ entries: 2, dropped: [] });
  });

  it.each([
    ['first', nixEnv(half('x'), good('a'), good('b')), ['a', 'b']],
    ['middle', nixEnv(good('a'), half('x'), good('b')), ['a', 'b']],
    ['last', nixEnv(good('a'), good('b'), half('x')), ['a', 'b']],
    ['only', nixEnv(half('x')), []],
  ])('drops a half-printed package (%s) and keeps valid JSON', async (_where, input, kept) => {
    const { result, text } = await copy(input);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(kept);
    expect(result.dropped).toEqual(['x']);
    expect(result.entries).toBe(kept.length);
  });

  it('copies an empty result and other layouts unchanged', async () => {
    expect((await copy('{}\n')).text).toBe('{}\n');
    const compact = '{"a":{"name":"a-1"},"b":{"name":"b-1"}}\n';
    expect((await copy(compact)).text).toBe(compact);
  });
});
