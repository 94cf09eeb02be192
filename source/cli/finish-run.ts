// The way out of every run, whatever ended it.
import type {ExitCode} from '../core/vocabulary.js';
import {endAllChildren} from '../probes/children.js';
import {removeAllTempDirs} from '../probes/system.js';
import {endedBySignal} from './end-signals.js';

/**
 * Child trees ended when the run was cut short, and the run's
 * temporary folder removed always (the `exit` hook in probes/system.ts covers a crash).
 */
export async function finishRun(code: ExitCode): Promise<void> {
  if (endedBySignal(code)) await endAllChildren();
  await removeAllTempDirs();
}
