// The wizard's state and events: plain data, shared by the reducer, its queries and the UI.
import type {Answer, Answers, CheckResult, Env, Facts, NotUsedAnswerKey} from './step-model.js';
import type {Diagnosis} from './diagnosis.js';
import type {Provider, Status, StepId} from './vocabulary.js';

/** `fresh`: the person asked for this run again, so nothing learned earlier may stand in for it. */
/** Progress saved across a restart of Cursor: statuses, provider and model, never a key. */
export interface SavedProgress {
  version: 1;
  savedAt: string;
  statuses: Partial<Record<StepId, Status>>;
  provider: Provider | null;
  model: string | null;
  /** What the person said they do not use (the Cursor CLI): its steps stay skipped. */
  notUsed?: NotUsedAnswerKey[];
}

export type RunRequest = {kind: 'check'; fresh?: boolean} | {kind: 'action'; actionId: string};

export interface StepRecord {
  /** idle: nothing asked; queued: a run is wanted; running: in flight; done: has a result. */
  phase: 'idle' | 'queued' | 'running' | 'done';
  request: RunRequest | null;
  /** Increases with every request, so a late answer from a superseded run is ignored. */
  runId: number;
  result: CheckResult | null;
  /** The first result this session, kept for the restart step's before/after table. */
  firstResult: CheckResult | null;
  confirmed: boolean;
  skipReason: string | null;
  /**
   * Who skipped it: the person (with a reason), the wizard because it plainly does not apply, or
   * the check itself, which found what the step checks absent where not everyone needs it (no
   * CLI installed): a skip, as doctor counts it, until the person says whether they use it.
   */
  skippedBy: 'person' | 'wizard' | 'absent' | null;
  progress: string[];
  /** A wait the running check announced (a retry-after), ending at `endsAt` (epoch ms). */
  countdown: {label: string; endsAt: number} | null;
  /** When the latest result's run started and ended (epoch ms), as the step runner timed it. */
  timing: RunTiming | null;
}

export interface RunTiming {
  startedAt: number;
  finishedAt: number;
}

/** A step the person has moved past, for the scroll-back history. */
export interface HistoryEntry {
  key: number;
  id: StepId;
  n: number;
  title: string;
  status: Status;
  summary: string;
}

export interface WizardState {
  index: number;
  /** Steps moved past, oldest first; appended only, like terminal scroll-back. */
  history: HistoryEntry[];
  phase: 'active' | 'finished' | 'quit' | 'cancelled';
  records: Record<StepId, StepRecord>;
  env: Env;
  answers: Answers;
  facts: Facts;
  /** Why the last event was refused, or other one-line news for the person. */
  notice: string | null;
  /** What the error the person pasted at the start points at, if they pasted one. */
  errorHint: Diagnosis | null;
  /**
   * `linear`: one step after another, each checked on entry. `ahead`: every check that needs
   * nobody runs at the start and the walk shows only what needs the person.
   */
  mode: 'linear' | 'ahead';
  /** The checklist of every step, or one step. */
  view: 'checklist' | 'step';
  /** Steps the person moved past with a warning or without a verdict; the walk does not return. */
  left: StepId[];
  /** A failure led to the later step that owns its layer; a pass there fixes the origin. */
  detour: {from: StepId; to: StepId} | null;
  /**
   * The step being watched: re-checked with a growing pause until it passes, while a person
   * fixes it elsewhere (a login in a browser, a key regenerated in a dashboard).
   */
  watch: {id: StepId; attempt: number} | null;
  /** The person opened this step from the checklist: it does not move on by itself. */
  pinned: boolean;
  /** What the run changed on this machine ("`agent login` stored new credentials"), in order. */
  changes: string[];
}

export type WizardEvent =
  | {type: 'recheck'}
  | {type: 'run-action'; actionId: string}
  | {type: 'run-started'; id: StepId; runId: number}
  | {type: 'progress'; id: StepId; runId: number; line: string}
  | {type: 'countdown'; id: StepId; runId: number; label: string; endsAt: number}
  | {type: 'run-finished'; id: StepId; runId: number; result: CheckResult; timing?: RunTiming}
  | ({type: 'answer'} & Answer)
  /** An answer that makes the current step apply, and the check it then runs. */
  | {type: 'opt-in'; answer: Answer}
  /**
   * The current step's typed key is cleared with what described it, and the walk goes back to
   * the step that asks for it.
   */
  | {type: 'replace-key'}
  | {type: 'error-hint'; hint: Diagnosis | null}
  | {type: 'confirm'}
  | {type: 'next'}
  | {type: 'skip'; reason: string}
  /** "I do not use it" at a step that found it absent: every step that needs it is skipped. */
  | {type: 'not-used'}
  | {type: 'back'}
  | {type: 'jump'; id: StepId}
  | {type: 'changed'; what: string}
  | {type: 'walk'}
  | {type: 'open'; id: StepId}
  | {type: 'checklist'}
  | {type: 'route'}
  | {type: 'resume'; progress: SavedProgress}
  | {type: 'watch'}
  | {type: 'stop-watch'}
  | {type: 'quit'}
  | {type: 'cancel'};

/** Live progress kept per step; older lines drop off so a chatty child cannot grow memory. */
export const PROGRESS_LINES_KEPT = 200;
