// The contract's stable words: step ids, layers, statuses, providers. Scripts depend on these strings.
import {PROVIDER_IDS} from './providers/registry/index.js';

export {
  STEP_IDS,
  type StepId,
  stepIdAt,
  stepNumberOf,
  stepRangeRef,
  stepRef,
} from './step-order.js';
import {STEP_IDS, type StepId} from './step-order.js';

export {isLayer, LAYERS, type Layer} from './layers.js';

/** The providers, in the registry's order (source/core/providers/registry/). */
export const PROVIDERS = PROVIDER_IDS;
export type Provider = (typeof PROVIDERS)[number];

/** The result of one check. `manual` needs a human; `skip` is set by the machine, never by a check. */
export const STATUSES = ['pass', 'fail', 'warn', 'skip', 'manual', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}

/** Exit codes, the same in every mode. */
export const EXIT = {
  ok: 0,
  problem: 1,
  usage: 2,
  inconclusive: 3,
  cancelled: 130,
  /** Ended by SIGTERM: 128 + 15. */
  terminated: 143,
  /** Ended by SIGHUP (the terminal went away): 128 + 1. */
  hangup: 129,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
