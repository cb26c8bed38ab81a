// Every file the crawler or a worker leaves behind appears whole or not at
// all: written under a dot-name in the same folder, fsynced, then renamed
// (rename is atomic within one file system). Readers skip dot-names.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `onPart` runs after each part is written (tests throw from it to simulate a crash mid-file). */
export async function writeAtomically(path: string, parts: Array<Uint8Array | string>, onPart?: (n: number) => void): Promise<void> {
  const tmp = join(dirname(path), `.tmp-${randomBytes(4).toString('hex')}-${basename(path)}`);
  const fh = await open(tmp, 'wx');
  try {
    let n = 0;
    for (const part of parts) {
      await fh.write(typeof part === 'string' ? Buffer.from(part, 'utf8') : part);
      if (onPart) onPart(n++);
    }
    await fh.sync();
    await fh.close();
  } catch (e) {
    await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
