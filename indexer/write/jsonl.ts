/** A JSON Lines file writer that writes whole batches at once (one syscall per batch, not per line). */
import { open, type FileHandle } from 'node:fs/promises';

/** Appends documents as JSON Lines. */
export class JsonlWriter {
  /** Documents written so far. */
  count = 0;
  /** Bytes written so far. */
  bytes = 0;

  private constructor(private readonly handle: FileHandle) {}

  /** Create (truncate) a file. */
  static async create(path: string): Promise<JsonlWriter> {
    return new JsonlWriter(await open(path, 'w'));
  }

  /** Append documents. */
  async write(docs: readonly unknown[]): Promise<void> {
    if (docs.length === 0) return;
    let text = '';
    for (const doc of docs) text += JSON.stringify(doc) + '\n';
    const buffer = Buffer.from(text, 'utf8');
    await this.handle.write(buffer);
    this.count += docs.length;
    this.bytes += buffer.length;
  }

  /** Append ready-made JSON Lines text holding `count` documents. */
  async writeText(text: string, count: number): Promise<void> {
    if (count === 0) return;
    const buffer = Buffer.from(text, 'utf8');
    await this.handle.write(buffer);
    this.count += count;
    this.bytes += buffer.length;
  }

  /** Flush to disk and close. */
  async close(): Promise<void> {
    await this.handle.sync();
    await this.handle.close();
  }

  /** Close without flushing (the file is about to be removed). */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
