import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentStore } from './content-store';

describe('ContentStore', () => {
  let root: string;
  let store: ContentStore;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'content-store-'));
    store = new ContentStore(path.join(root, 'documents'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores bytes under their SHA-256, in a folder named by its first two digits, and reads them back', async () => {
    const bytes = Buffer.from('%PDF-1.3 hello');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const stored = await store.put(bytes);
    expect(stored).toEqual({ sha256, storageKey: `${sha256.slice(0, 2)}/${sha256}`, byteSize: bytes.length });
    expect(readFileSync(path.join(root, 'documents', sha256.slice(0, 2), sha256))).toEqual(bytes);
    expect(await store.get(stored.storageKey)).toEqual(bytes);
  });

  it('keeps identical bytes once, and leaves no temporary files behind, even for concurrent writes', async () => {
    const bytes = Buffer.from('same bytes');
    const results = await Promise.all([
      store.put(bytes),
      store.put(bytes),
      store.put(Buffer.from('same bytes')),
    ]);
    expect(new Set(results.map((r) => r.storageKey)).size).toBe(1);
    const folder = path.join(root, 'documents', results[0].sha256.slice(0, 2));
    expect(readdirSync(folder)).toEqual([results[0].sha256]);
    const other = await store.put(Buffer.from('other bytes'));
    expect(other.storageKey).not.toBe(results[0].storageKey);
  });

  it('stores empty content', async () => {
    const stored = await store.put(new Uint8Array(0));
    expect(stored.byteSize).toBe(0);
    expect(await store.get(stored.storageKey)).toEqual(Buffer.alloc(0));
  });

  it('answers null for unknown keys and refuses keys that are not its own (no path traversal)', async () => {
    expect(await store.get(`ab/ab${'0'.repeat(62)}`)).toBeNull();
    expect(await store.get('../../etc/passwd')).toBeNull();
    expect(await store.get(`ab/${'0'.repeat(64)}`)).toBeNull();
    expect(await store.get('')).toBeNull();
  });
});
