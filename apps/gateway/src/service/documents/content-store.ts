import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the store keeps of one blob: enough to find it again and to check it. */
export interface StoredContent {
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  /** `<first two hex digits>/<sha256>`: where the bytes live under the store's root. */
  storageKey: string;
  byteSize: number;
}

const STORAGE_KEY = /^([0-9a-f]{2})\/([0-9a-f]{64})$/;

/**
 * Document bytes on disk, content-addressed: `<root>/<sha256 prefix>/<sha256>`. Writing the
 * same bytes twice stores them once; a write goes to a temporary file first and is renamed into
 * place, so a reader never sees half a file, even when two requests store the same bytes.
 */
export class ContentStore {
  constructor(readonly root: string) {}

  /** Hex SHA-256 of a text, e.g. to key a version of generated content. */
  static fingerprint(text: string): string {
    return createHash('sha256').update(text, 'utf8').digest('hex');
  }

  static keyOf(sha256: string): string {
    return `${sha256.slice(0, 2)}/${sha256}`;
  }

  async put(bytes: Uint8Array): Promise<StoredContent> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = ContentStore.keyOf(sha256);
    const file = this.fileOf(storageKey);
    if (!(await exists(file))) {
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temp, bytes, { flag: 'wx' });
        await rename(temp, file);
      } finally {
        await rm(temp, { force: true });
      }
    }
    return { sha256, storageKey, byteSize: bytes.byteLength };
  }

  /** The bytes under a key; null for a key that is malformed or not in the store. */
  async get(storageKey: string): Promise<Buffer | null> {
    if (!isStorageKey(storageKey)) return null;
    try {
      return await readFile(this.fileOf(storageKey));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private fileOf(storageKey: string): string {
    if (!isStorageKey(storageKey)) throw new Error(`Not a content-store key: ${storageKey}`);
    return path.join(this.root, ...storageKey.split('/'));
  }
}

function isStorageKey(key: string): boolean {
  const [, folder, name] = STORAGE_KEY.exec(key) ?? [];
  return folder !== undefined && name !== undefined && folder === name.slice(0, 2);
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
