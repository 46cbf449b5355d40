/** A JSON Lines file writer that appends whole batches at once (one write per batch, not per line). */
import { open, type FileHandle } from 'node:fs/promises';

/** Appends documents as JSON Lines. */
export class JsonlWriter {
  /** Documents written so far. */
  count = 0;

  private constructor(private readonly handle: FileHandle) {}

  /** Create (truncate) a file. */
  static async create(path: string): Promise<JsonlWriter> {
    return new JsonlWriter(await open(path, 'w'));
  }

  /** Append ready-made UTF-8 JSON Lines holding `count` documents. */
  async writeBytes(bytes: Uint8Array, count: number): Promise<void> {
    if (count === 0) return;
    // write() may write less than asked (disk pressure, signals): loop until all is written.
    for (let at = 0; at < bytes.length; ) at += (await this.handle.write(bytes, at)).bytesWritten;
    this.count += count;
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
