// Reads the Cursor editor's state database for the inspector. Loaded with a dynamic import only
// when the editor is inspected, so neither it nor the SQLite reader costs anything at start-up.
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
