/** Write a file through a temporary sibling that is renamed into place only on success. */
import { rename, rm } from 'node:fs/promises';

/** Call `write` with a temporary path; rename it to `file` if it resolves, delete it if not. */
export async function writeAtomically<T>(file: string, write: (partial: string) => Promise<T>): Promise<T> {
  const partial = `${file}.partial-${process.pid}-${Date.now()}`;
  try {
    const result = await write(partial);
    await rename(partial, file);
    return result;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
