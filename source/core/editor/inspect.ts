// Reads the editor's state through the runner, once per check that needs it. A runner that cannot
// read files (a test double, say) gives null: every step then keeps its fallback.
import type {CheckContext} from '../step-model.js';
import {ALL_ITEM_KEYS} from './items.js';
import {editorStateFiles} from './locate.js';
import {editorStateFrom, type EditorState, notFoundState} from './state.js';

/** A busy database is waited for at most this long, whatever the per-check timeout. */
const BUSY_LIMIT_MS = 5_000;

export type EditorContext = Pick<
  CheckContext,
  'runner' | 'env' | 'platform' | 'timeoutMs' | 'signal' | 'facts'
>;

/**
 * The editor's state: the one an earlier step read, unless `fresh` asks to read it again
 * (after the person changed a setting, or to see a restart).
 */
export async function inspectEditor(
  context: EditorContext,
  {fresh = false}: {fresh?: boolean} = {},
): Promise<EditorState | null> {
  if (!fresh && context.facts.editor) return context.facts.editor;
  const read = context.runner.readEditorStore;
  if (!read) return null;
  const files = editorStateFiles(context.env, context.platform);
  if (files.length === 0) return notFoundState();
  try {
    const result = await read({
      files,
      keys: ALL_ITEM_KEYS,
      timeoutMs: Math.min(context.timeoutMs, BUSY_LIMIT_MS),
      signal: context.signal,
    });
    return editorStateFrom(result);
  } catch {
    return editorStateFrom({kind: 'unreadable', reason: 'io', stale: false});
  }
}
