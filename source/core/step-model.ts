// What a step is, as data. Steps never touch the world directly: their checks and actions get a
// CheckContext whose runner performs every side effect.
import type {ProviderOutcome} from './diagnosis.js';
import type {EditorReads} from './editor/reads.js';
import type {EditorState} from './editor/state.js';
import type {ProbeRecord, ProbesInFlight} from './providers/types.js';
import type {Runner} from './runner.js';
import type {Secret} from './secrets.js';
import type {Layer, Provider, Status, StepId} from './vocabulary.js';
import type {Env} from './env.js';

/** A concrete next action: a command to run, a page to open, or both. */
export interface Fix {
  summary: string;
  command?: string;
  url?: string;
}

/** What a check may conclude. `skip` is the machine's word, never a check's. */
export type CheckStatus = Exclude<Status, 'skip'>;

export interface CheckResult {
  status: CheckStatus;
  /** One line, safe to show on a shared screen. */
  summary: string;
  /** Supporting lines: what was run or requested and what came back, already scrubbed of keys. */
  evidence: string[];
  layer: Layer | null;
  fix: Fix | null;
  /**
   * What this run changed on the machine, in words, whatever its verdict: a cancel or a quit
   * afterwards must not claim that nothing changed.
   */
  changes?: string[];
  /** Things learned that later steps use (the CLI's binary, the account email, …). */
  facts?: Partial<Facts>;
}

/** Knowledge gathered across steps. Each capability adds its own fields. */
export interface Facts {
  /** The Cursor CLI that was found and confirmed. */
  cli?: {path: string; name: string; version: string} | null;
  /** The account the CLI's stored login belongs to, when known. */
  cliAccountEmail?: string | null;
  /** Set when a Cursor editor process is running, as last observed. */
  editorRunning?: boolean | null;
  /**
   * True when neither `agent` nor `cursor-agent` is on PATH (and CURSORKEY_AGENT_BIN is unset):
   * doctor reports step 2 as `skip` then, since the CLI is needed only for CLI and automation use.
   */
  cliMissing?: boolean;
  /** When the running editor started (epoch ms, to the second), as last observed. */
  editorStartedAt?: number | null;
  /** A Cursor editor process was seen not running during this session (step 10). */
  editorSeenStopped?: boolean;
  /** Step 10 saw Cursor stop and run again, or the person said they restarted it. */
  restartObserved?: boolean;
  restartConfirmed?: boolean;
  /** The owner of the Cursor user API key, from /v0/me (step 4). */
  cursorKeyOwnerEmail?: string | null;
  /** What step 7's provider probes learned, per key; steps 8 and 9 reuse it. */
  providerProbes?: ProbeRecord[];
  /**
   * The Cursor editor's own state (account, BYOK fields, base URLs, models), as last read; absent
   * when it could not be read at all. Its `models` are the ids enabled in Cursor Settings > Models.
   */
  editor?: EditorState;
  /** One entry per provider key, as doctor --json reports it (latest of steps 7 and 9). */
  providerOutcomes?: ProviderOutcome[];
  /** Keys whose rate limit step 9 already retried once by itself, by key id. */
  rateLimitRetried?: string[];
}

/** Answers a person gave in the wizard, or flags gave in doctor mode. */
export interface Answers {
  /** The Cursor user API key typed into the masked input (step 4). */
  cursorApiKey?: Secret;
  /** A provider key typed into the masked input (steps 5–9); null when the person has none. */
  providerKey?: Secret | null;
  /** The Cursor settings field the provider key was pasted into (step 5). */
  byokField?: Provider | 'none';
  /** The model selected in Cursor, per provider (step 8). */
  models?: Partial<Record<Provider, string>>;
  /** A model name typed in the wizard at step 8, matched to a provider by its name. */
  selectedModel?: string;
  /** The person said their headless or CI use of the CLI fails (step 4's condition). */
  automationFails?: boolean;
  /** The person said they do not use the Cursor CLI: the steps that need it are skipped. */
  cliUnused?: boolean;
  /** Billable requests: `yes`, `no`, or `never` (`--no-completion`: not even offered again). */
  completionConsent?: CompletionConsent;
}

export type CompletionConsent = 'yes' | 'no' | 'never';

/** One answer, by its key: the value that key holds, or undefined to clear it. */
export type Answer = {[K in keyof Answers]-?: {key: K; value: Answers[K]}}[keyof Answers];

/** Answers a person types freely, such as a model name. */
type TextAnswerKey = {
  [K in keyof Answers]-?: string extends NonNullable<Answers[K]> ? K : never;
}[keyof Answers];

/** Answers a person picks from a fixed set of words. */
type ChoiceAnswerKey = {
  [K in keyof Answers]-?: NonNullable<Answers[K]> extends string
    ? string extends NonNullable<Answers[K]>
      ? never
      : K
    : never;
}[keyof Answers];

/** Answers typed into the masked input. */
export type SecretAnswerKey = 'cursorApiKey' | 'providerKey';

export type {Env};

export interface RunOptions {
  /** False in doctor mode: nothing may wait for a person, and inputs stay unanswered. */
  interactive: boolean;
  /** Skip every billable request. */
  noCompletion: boolean;
  /** Screen-share mode: larger, calmer output. Checks may word things for a helper. */
  share: boolean;
}

export interface CheckContext {
  runner: Runner;
  env: Env;
  platform: string;
  signal: AbortSignal;
  /** Bound for each single request or child process. */
  timeoutMs: number;
  answers: Answers;
  facts: Facts;
  /** The latest result of every step that has one. */
  results: Partial<Record<StepId, CheckResult>>;
  options: RunOptions;
  /**
   * The person asked for this run again: results an earlier step learned (a stored probe) may
   * not stand in for a new request.
   */
  recheck?: boolean;
  /** A visible, cancellable wait ("retrying in 12 s"); the check itself does the waiting. */
  countdown?(label: string, seconds: number): void;
  /**
   * Provider probes still running in this run, by key id, so a step that needs what another is
   * already asking waits for that answer instead of asking again. One per run, never shared.
   */
  probesInFlight: ProbesInFlight;
  /** This run's read of the editor's state, shared by its checks until Cursor saves a change. */
  editorReads: EditorReads;
  /** A line of live progress for the step view; it must already be free of keys. */
  progress(line: string): void;
}

export type Check = (context: CheckContext) => Promise<CheckResult>;

/** What the wizard knows when it decides whether a conditional step applies. */
export interface ConditionView {
  env: Env;
  answers: Answers;
  facts: Facts;
  results: Partial<Record<StepId, CheckResult>>;
}

export interface StepCondition {
  /** The condition in words, e.g. "only when `agent status` fails". */
  description: string;
  applies(view: ConditionView): boolean;
  /** Why the step does not matter here, as doctor says it when the condition does not hold. */
  unmet?: string;
  /** Reasons a person can pick when skipping while the condition does not hold. */
  skipReasons: readonly string[];
  /**
   * The step this one exists to fix. A failure there leads here instead of stopping the
   * wizard, and a pass here counts as that step fixed.
   */
  fixes?: StepId;
  /** What this step does about that failure, in a few words ("a login"). */
  remedy?: string;
  /** An answer the person can give that makes the condition hold, e.g. "my CI runs fail". */
  optIn?: {label: string; answer: Answer};
}

type ChoiceInput = {
  [K in ChoiceAnswerKey]: {
    kind: 'choice';
    key: K;
    prompt: string;
    /** Lines under the prompt that depend on what is known, such as what a request costs. */
    details?(view: ConditionView): string[];
    options: readonly {label: string; value: NonNullable<Answers[K]>}[];
    needed(view: ConditionView): boolean;
  };
}[ChoiceAnswerKey];

export type StepInput =
  | {
      kind: 'secret';
      key: SecretAnswerKey;
      prompt: string;
      /** When set, Enter with nothing pasted answers null, and this says what that means. */
      emptyMeans?: string;
      needed(view: ConditionView): boolean;
    }
  | ChoiceInput
  | {
      kind: 'text';
      key: TextAnswerKey;
      prompt: string;
      /** Values to pick instead of typing, best first; "type another" stays available. */
      suggestions?(view: ConditionView): string[];
      needed(view: ConditionView): boolean;
    };

/** An extra thing a step can do besides checking, such as running `agent login`. */
export interface StepAction {
  id: string;
  label: string;
  /** Shown before it runs, e.g. that a request is billable or a browser will open. */
  notice?: string;
  run: Check;
}

/**
 * Who may give a step's verdict when no person is at hand, as in doctor.
 * - `always`: the check's verdict stands.
 * - `when-sure`: a pass or a fail stands; anything else (the editor's state unreadable) waits for
 *   a person.
 * - `never`: only a person can see it pass; the check adds evidence and the step stays `manual`.
 *   With `due`, a person must do it (a browser login): the check does not run, and doctor says
 *   it is due whenever the step applies.
 */
export type UnattendedVerdict =
  {decides: 'always' | 'when-sure'} | {decides: 'never'; due?: {summary: string; fix: Fix}};

/**
 * Steps of one group run in order and the groups side by side, since neither reads the other's
 * facts; `after-all` steps run alone, in order, once every group is done.
 */
export type StepGroup = 'cursor' | 'provider' | 'after-all';

/** Whether the step's full verdict costs the person money (a completion request). */
export type BillingClass = 'free' | 'billable';

/** Answers by which a person says they do not use something some steps need. */
export type NotUsedAnswerKey = 'cliUnused';

/**
 * What a step shows as simply not there, where not everyone needs it (no CLI installed). It
 * counts as `skip` in doctor and the wizard alike. The wizard stops there once to offer the fix
 * (install it) or `notUsed.label`; that answer skips every step whose `notUsed` names it.
 */
export interface StepAbsence {
  shows(result: CheckResult): boolean;
  summary: string;
  notUsed?: {label: string; answer: NotUsedAnswerKey};
}

/** A step as written in its file; its number comes from its place in the order. */
export type StepSpec = Omit<StepDefinition, 'n'>;

export interface StepDefinition {
  /** Its place in the fix order, counted from 1; derived, never written by hand. */
  n: number;
  id: StepId;
  title: string;
  /** Why this step sits where it does in the fix order. */
  why: string;
  /** What the person does, in one or two sentences. */
  instruction: string;
  /** The command a person would type, shown while the check runs. */
  command?: string;
  passCondition: string;
  /**
   * Manual steps need an explicit "I did it" before the wizard moves on. An automatic step whose
   * check answers `manual` (it could not see the thing happen) needs the same.
   */
  kind: 'automatic' | 'manual';
  unattended: UnattendedVerdict;
  /** A billable step's full verdict needs a request the person may allow here. */
  billing: BillingClass;
  group: StepGroup;
  /**
   * Steps whose facts or results this one must have: it runs after them, and the wizard runs
   * it ahead only once they are settled. (The answers it needs are its `inputs`.)
   */
  needs?: readonly StepId[];
  /**
   * Steps whose facts it uses when they are known but can do without (an account to compare):
   * doctor runs it after them; the wizard does not wait for them.
   */
  usesIfKnown?: readonly StepId[];
  /**
   * A result showing that what the step checks is simply not there, and not everyone needs it
   * (no CLI installed): it counts as `skip`, never as a fault, wherever results are counted.
   */
  absence?: StepAbsence;
  /**
   * The person said they do not use what this step needs (the Cursor CLI): from then on the step
   * is skipped with `reason` for the rest of the run, unless a re-check finds it working.
   */
  notUsed?: {answer: NotUsedAnswerKey; reason: string};
  /** The words of that confirmation, when "I did it" says too little. */
  confirmLabel?: string;
  conditional?: StepCondition;
  inputs?: readonly StepInput[];
  /**
   * A typed key this step tests, which the person may replace after fixing it at the source:
   * the answer is cleared and the wizard goes back to the step that asks for it.
   */
  replaceableKey?: {
    key: SecretAnswerKey;
    label: string;
    askedAt: StepId;
    /** Answers that described the old key and must be asked again, such as its Cursor field. */
    alsoClears?: readonly (keyof Answers)[];
  };
  actions?: readonly StepAction[];
  /** Answers that change what its check does: a verdict reached before they changed is redone. */
  rechecksOn?: readonly (keyof Answers)[];
  check: Check;
}
