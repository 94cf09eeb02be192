// One run's read of the editor's state, kept by the database's stamp (see Runner.editorStoreStamp):
// the steps that look at Cursor's settings share one read until the saved state changes.
import type {EditorState} from './state.js';

/** At most one entry: the newest stamp and its read, still running or done. */
export type EditorReads = Map<string, Promise<EditorState>>;
