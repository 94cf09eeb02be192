// Progress that survives a restart. The restart step asks the person to restart Cursor, and a
// wizard running in Cursor's own terminal dies with it; the next start offers to resume there.
// What is saved: each step's status, the provider and the model. Never a key, never evidence.
import {sanitizeText} from './gate/outside-text.js';
import {carriesKey, sessionSecrets} from './known-secrets.js';
import type {NotUsedAnswerKey, StepDefinition} from './step-model.js';
import {isProvider, isStepId, STATUSES, type Status, type StepId} from './vocabulary.js';
import {displayStatus} from './wizard-queries.js';
import type {SavedProgress, WizardState} from './wizard-state.js';

export type {SavedProgress};

export const PROGRESS_VERSION = 1;
/** Older progress describes another session's machine state: it is not offered. */
export const PROGRESS_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function progressOf(
  steps: readonly StepDefinition[],
  state: WizardState,
  now: Date,
): SavedProgress {
  const statuses: Partial<Record<StepId, Status>> = {};
  for (const step of steps) {
    const status = displayStatus(state.records[step.id]);
    if (status !== 'pending' && status !== 'running') statuses[step.id] = status;
  }
  const outcome = state.facts.providerOutcomes?.[0];
  const model =
    typeof state.answers.selectedModel === 'string' ? state.answers.selectedModel : null;
  // A key pasted into the model field (the clipboard still held it) is not a model to keep.
  const secrets = sessionSecrets(state.env, state.answers);
  const keyFree = (text: string) => !carriesKey(text, secrets);
  return {
    version: PROGRESS_VERSION,
    savedAt: now.toISOString(),
    statuses,
    provider: outcome?.provider ?? null,
    model: model && model.length <= 100 && keyFree(model) ? model : null,
    notUsed: NOT_USED_KEYS.filter((key) => state.answers[key] === true),
  };
}

const NOT_USED_KEYS: readonly NotUsedAnswerKey[] = ['cliUnused'];

export type ParsedProgress =
  {kind: 'resumable'; progress: SavedProgress} | {kind: 'ignored'; notice: string};

/** Reads a saved file; anything unexpected is ignored with one line saying why. */
export function parseProgress(text: string, now: Date): ParsedProgress {
  const ignored = (why: string): ParsedProgress => ({
    kind: 'ignored',
    notice: `Saved progress ignored: ${why}. Starting over.`,
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return ignored('the file is not readable JSON');
  }
  if (typeof data !== 'object' || data === null) return ignored('the file holds no progress');
  const record = data as Record<string, unknown>;
  if (record.version !== PROGRESS_VERSION) return ignored('it was written by another version');
  const savedAt = typeof record.savedAt === 'string' ? Date.parse(record.savedAt) : NaN;
  if (Number.isNaN(savedAt)) return ignored('it has no date');
  if (now.getTime() - savedAt > PROGRESS_MAX_AGE_MS) return ignored('it is more than a day old');
  // A date ahead of the clock (beyond a little skew) would never grow old enough to be dropped.
  if (savedAt - now.getTime() > 5 * 60 * 1000) return ignored('its date is in the future');
  const statuses: Partial<Record<StepId, Status>> = {};
  const rawStatuses = record.statuses;
  if (typeof rawStatuses !== 'object' || rawStatuses === null) return ignored('it has no steps');
  for (const [id, status] of Object.entries(rawStatuses)) {
    if (!isStepId(id) || !(STATUSES as readonly unknown[]).includes(status)) {
      return ignored('it names an unknown step or status');
    }
    statuses[id] = status as Status;
  }
  const provider =
    typeof record.provider === 'string' && isProvider(record.provider) ? record.provider : null;
  // Drawn on the resume screen and used as the model again: only a plain name, never escapes.
  const model =
    typeof record.model === 'string' &&
    record.model.length <= 100 &&
    sanitizeText(record.model) === record.model
      ? record.model
      : null;
  return {
    kind: 'resumable',
    progress: {
      version: PROGRESS_VERSION,
      savedAt: record.savedAt as string,
      statuses,
      provider,
      model,
      notUsed: Array.isArray(record.notUsed)
        ? NOT_USED_KEYS.filter((key) => (record.notUsed as unknown[]).includes(key))
        : [],
    },
  };
}

/** "saved 3 min ago". */
export function savedAgo(progress: SavedProgress, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(progress.savedAt)) / 60000));
  return minutes < 1 ? 'saved just now' : `saved ${minutes} min ago`;
}
