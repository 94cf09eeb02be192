// Reads the Cursor editor's state database for the inspector. Loaded with a dynamic import only
// when the editor is inspected, so neither it nor the SQLite reader costs anything at start-up.
import {open} from 'node:fs/promises';
import type {EditorStoreRequest, EditorStoreResult} from '../core/editor/store.js';
import type {Clock} from '../core/runner.js';
import {readKeyValueRows} from './sqlite/database.js';

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) {
    return Buffer.from(value.buffer, value.byteOffset, value.length).toString('utf8');
  }
  return String(value);
}

export async function readEditorStore(
  request: EditorStoreRequest,
  clock: Clock,
): Promise<EditorStoreResult> {
  const deadline = clock.now() + request.timeoutMs;
  for (const file of request.files) {
    const read = await readKeyValueRows(file, 'ItemTable', request.keys, {
      deadline,
      signal: request.signal,
      clock,
    });
    if (!read.ok) {
      if (read.failure === 'missing') continue;
      return {kind: 'unreadable', reason: read.failure, stale: read.stale};
    }
    const items = new Map<string, string | null>();
    for (const [key, value] of read.rows) items.set(key, asText(value));
    return {
      kind: 'read',
      items,
      stale: read.stale,
      walFrames: read.walFrames,
      modifiedMs: read.modifiedMs,
    };
  }
  return {kind: 'missing'};
}

/** SQLite's header, with the database's change counter and the log's salts in it. */
const HEADER_BYTES = 32;

/**
 * Size, modification time and header of `path`, or null when it does not exist. The header
 * changes with every commit, so two saves within the clock's resolution still differ.
 */
async function fileStamp(path: string): Promise<string | null> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const stats = await file.stat({bigint: true});
    const header = Buffer.alloc(HEADER_BYTES);
    const {bytesRead} = await file.read(header, 0, HEADER_BYTES, 0);
    return `${stats.size}:${stats.mtimeNs}:${header.subarray(0, bytesRead).toString('hex')}`;
  } finally {
    await file.close();
  }
}

/**
 * What changes whenever Cursor saves a setting: the database file or its `-wal`, the one the
 * reader would open. Cheap next to a read, so a run can look often and read only on a change.
 */
export async function editorStoreStamp(files: readonly string[]): Promise<string> {
  for (const file of files) {
    const database = await fileStamp(file);
    if (database === null) continue;
    return JSON.stringify([file, database, await fileStamp(`${file}-wal`)]);
  }
  return 'missing';
}
