// One run shares a read of Cursor's state between the checks that look at it; a check cancelled
// while that read runs must not hand its cut-short read to the others.
import {expect, test} from 'vitest';
import {inspectEditor, type EditorContext} from '../../source/core/editor/inspect.js';
import type {EditorReads} from '../../source/core/editor/reads.js';
import type {EditorStoreRequest, EditorStoreResult} from '../../source/core/editor/store.js';
import type {Runner} from '../../source/core/runner.js';

test('a read cut short by one check’s cancel is read again for a check still running', async () => {
  let release!: () => void;
  const firstReadWaits = new Promise<void>((resolve) => (release = resolve));
  let reads = 0;
  const runner = {
    editorStoreStamp: async () => 'same stamp',
    readEditorStore: async (request: EditorStoreRequest): Promise<EditorStoreResult> => {
      reads += 1;
      if (reads === 1) {
        await firstReadWaits;
        if (request.signal?.aborted) return {kind: 'unreadable', reason: 'busy', stale: false};
      }
      return {kind: 'read', items: new Map(), stale: false, walFrames: 0, modifiedMs: 0};
    },
  } as unknown as Runner;
  const editorReads: EditorReads = new Map();
  const contextWith = (signal: AbortSignal): EditorContext => ({
    runner,
    env: {CURSORKEY_CURSOR_USER_DIR: '/nonexistent/user'},
    platform: 'linux',
    timeoutMs: 1_000,
    signal,
    editorReads,
  });
  const cancelled = new AbortController();
  const first = inspectEditor(contextWith(cancelled.signal));
  const second = inspectEditor(contextWith(new AbortController().signal));
  cancelled.abort();
  release();
  expect((await first)?.readable).toBe(false);
  expect((await second)?.readable).toBe(true);
});
