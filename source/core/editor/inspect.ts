// Reads the editor's state through the runner. A run reads the database once and again only when
// its stamp shows Cursor saved something since, or when the person asks for a re-check. A runner
// that cannot read files (a test double, say) gives null: every step then keeps its fallback.
import type {Runner} from '../runner.js';
import type {CheckContext} from '../step-model.js';
import {ALL_ITEM_KEYS} from './items.js';
import {editorStateFiles} from './locate.js';
import {editorStateFrom, type EditorState, notFoundState} from './state.js';

/** A busy database is waited for at most this long, whatever the per-check timeout. */
const BUSY_LIMIT_MS = 5_000;

export type EditorContext = Pick<
  CheckContext,
  'runner' | 'env' | 'platform' | 'timeoutMs' | 'signal' | 'editorReads' | 'recheck'
>;

/** The editor's state as saved now: the run's earlier read while the database is unchanged. */
export async function inspectEditor(context: EditorContext): Promise<EditorState | null> {
  const read = context.runner.readEditorStore;
  if (!read) return null;
  const files = editorStateFiles(context.env, context.platform);
  if (files.length === 0) return notFoundState();
  const stamp = await stampOf(context, files);
  if (stamp === null) return readEditor(context, read, files);
  const known = context.editorReads.get(stamp);
  if (known && !context.recheck) {
    const shared = await known;
    // Another check's read, cut short by its cancel or a busy file, is not this check's answer.
    if (!failed(shared)) return shared;
  }
  const reading = readEditor(context, read, files);
  context.editorReads.clear();
  context.editorReads.set(stamp, reading);
  // A busy, cancelled or failed read says nothing lasting about the file: the next look reads.
  void reading.then((state) => {
    if (failed(state) && context.editorReads.get(stamp) === reading) {
      context.editorReads.delete(stamp);
    }
  });
  return reading;
}

function failed(state: EditorState): boolean {
  return state.found && !state.readable;
}

/** Null when the runner cannot tell, so the database is read every time. */
async function stampOf(context: EditorContext, files: readonly string[]): Promise<string | null> {
  if (!context.runner.editorStoreStamp) return null;
  try {
    return await context.runner.editorStoreStamp(files);
  } catch {
    return null;
  }
}

async function readEditor(
  context: EditorContext,
  read: NonNullable<Runner['readEditorStore']>,
  files: readonly string[],
): Promise<EditorState> {
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
