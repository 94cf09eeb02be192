// The port through which the editor's state file is read. Core decides which file and which rows;
// the runner (source/probes/editor-store.ts) does the reading, strictly read-only.

export interface EditorStoreRequest {
  /** Candidate `state.vscdb` paths, most likely first; the first that exists is read. */
  files: readonly string[];
  /** The `ItemTable` keys wanted; no other row is decoded. */
  keys: readonly string[];
  /** How long a busy (locked) database is waited for. */
  timeoutMs: number;
  signal?: AbortSignal;
}

export type EditorStoreFailure = 'not-sqlite' | 'corrupt' | 'busy' | 'no-table' | 'io';

export type EditorStoreResult =
  | {kind: 'missing'}
  | {kind: 'unreadable'; reason: EditorStoreFailure; stale: boolean}
  | {
      kind: 'read';
      /** The wanted rows that exist, as text; null for an SQL NULL. */
      items: ReadonlyMap<string, string | null>;
      /** A `-wal` exists and could not be used, so the values may be older than Cursor's own. */
      stale: boolean;
      /** Committed log frames whose pages were preferred over the database file's. */
      walFrames: number;
      /** Newest modification time of the database and its `-wal`, in epoch milliseconds. */
      modifiedMs: number;
    };
