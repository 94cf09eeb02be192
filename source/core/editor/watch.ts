// Watch-until-changed: after the person edits a setting in Cursor, the check runs again as soon
// as the editor's saved state shows a change, instead of asking them to come back and re-check.
import type {Check, CheckContext} from '../step-model.js';
import {editorJson} from './editor-json.js';
import {inspectEditor} from './inspect.js';
import type {EditorState} from './state.js';

/** Cursor saves settings within a second or two; a person takes longer to edit one. */
const WATCH_INTERVAL_MS = 1000;
const WATCH_LIMIT_MS = 10 * 60 * 1000;

/** What a settings edit changes: the public facts and the plain keys' fingerprints. */
function signature(state: EditorState): string {
  return JSON.stringify([editorJson(state), state.plainKeys.map((key) => key.fingerprint)]);
}

export function watchEditorChange(
  check: Check,
  {intervalMs = WATCH_INTERVAL_MS, limitMs = WATCH_LIMIT_MS} = {},
): Check {
  return async (context: CheckContext) => {
    const first = await inspectEditor(context);
    if (!first?.found || !first.readable) {
      context.progress("Cursor's settings cannot be read here, so checking once now.");
      return check(context);
    }
    const before = signature(first);
    context.progress(
      "Watching Cursor's settings: change the key in Cursor Settings > Models and save.",
    );
    const {clock} = context.runner;
    const deadline = clock.now() + limitMs;
    while (!context.signal.aborted && clock.now() < deadline) {
      await clock.sleep(intervalMs, context.signal);
      if (context.signal.aborted) break;
      const now = await inspectEditor(context);
      if (now?.readable && signature(now) !== before) {
        context.progress("Cursor's settings changed; checking again…");
        return check({...context, facts: {...context.facts, editor: now}});
      }
    }
    return check(context);
  };
}
