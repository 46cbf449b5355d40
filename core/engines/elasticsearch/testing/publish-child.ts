/**
 * Test-only child process: publishes `count` generated packages as channel `channel` and
 * prints "loaded <n>" after each acknowledged chunk, so a test can SIGKILL it mid-load.
 * Usage: tsx publish-child.ts <url> <prefix> <channel> <revision> <count>
 */
import { ElasticsearchEngine } from '../engine';
import { generatedInput } from './fixtures';

const [url, prefix, channel, revision, count] = process.argv.slice(2);
if (!url || !prefix || !channel || !revision || !count) {
  console.error('usage: publish-child.ts <url> <prefix> <channel> <revision> <count>');
  process.exit(2);
}
const engine = new ElasticsearchEngine({ nodes: [url], indexPrefix: prefix, bulk: { chunkDocs: 500, concurrency: 1 } });
await engine.publish(generatedInput(channel, revision, Number(count)), {
  onProgress: ({ kind, loaded }) => process.stdout.write(`loaded ${kind} ${loaded}\n`),
});
process.stdout.write('done\n');
await engine.close();
