/**
 * Test helper run as a child process: publishes a large generated channel slowly into a SQLite
 * directory, printing "loading" once documents flow, so a test can kill it mid-publish.
 * Usage: tsx publish-child.ts <dir> <channel> <revision>
 */
import { SqliteEngine } from '../engine';
import { PACKAGES, fixtureInput, pkg } from '../../testing/fixtures';

const [dir, channel, revision] = process.argv.slice(2) as [string, string, string];
const many = Array.from({ length: 200_000 }, (_, i) => pkg(`generated-${i}`, { description: `Generated package number ${i}` }));
const input = fixtureInput(channel, revision, [...PACKAGES, ...many]);
const packages = input.packages;
input.packages = async function* () {
  let i = 0;
  for await (const p of packages()) {
    if (++i === 5000) process.stdout.write('loading\n');
    if (i % 1000 === 0) await new Promise((r) => setTimeout(r, 5));
    yield p;
  }
};
await new SqliteEngine({ dir }).publish(input, { force: true });
process.stdout.write('done\n');
