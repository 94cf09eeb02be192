// The shared shape of "what this error means", used by the checks, `classify` and `doctor`.
import {
  type Layer,
  LAYERS,
  type Provider,
  type Status,
  type StepId,
  stepNumberOf,
} from './vocabulary.js';

export interface Diagnosis {
  layer: Layer;
  /** The number (1–10) of the step in the fix order that owns this layer of problem. */
  step: number;
  provider: Provider | null;
  httpStatus: number | null;
  /** The most specific machine code seen: ERROR_BAD_USER_API_KEY, insufficient_quota, ENOTFOUND… */
  code: string | null;
  /** The best first action, one line. */
  action: string;
  /** Other layers the same evidence could also mean, in fix order. */
  alsoPossible: Layer[];
  /** Seconds the provider asked to wait, when it said so. */
  retryAfterSeconds?: number | null;
}

/** The step that owns each layer when nothing more specific is known. */
export const STEP_ID_OF_LAYER: Record<Layer, StepId> = {
  'cursor-cli': 'cli-status',
  'cursor-account': 'cursor-login',
  'cursor-plan': 'cursor-login',
  'cursor-user-key': 'user-api-key',
  'provider-key': 'provider-test',
  'provider-permission': 'provider-test',
  model: 'model-support',
  request: 'model-support',
  'base-url': 'model-support',
  'rate-limit': 'quota',
  quota: 'quota',
  'provider-outage': 'quota',
  'cursor-service': 'restart',
  feature: 'byok-provider',
  network: 'provider-test',
  unknown: 'cursor-login',
};

/** The number of the step that owns each layer, as the contract's JSON carries it. */
export const STEP_OF_LAYER = Object.fromEntries(
  LAYERS.map((layer) => [layer, stepNumberOf(STEP_ID_OF_LAYER[layer])]),
) as Record<Layer, number>;

/**
 * The step a failed connection to an MCP server is fixed at, whatever its layer says: the server
 * and its address are fixed in Cursor Settings > MCP and taken up when Cursor restarts. No key is
 * involved, so not the provider test that owns other network failures.
 */
export const MCP_CONNECTION_STEP = stepNumberOf('restart');

/** Layers another step cannot fix: a bad or unpermitted key is re-pasted where it was found. */
export const FIXED_WHERE_FOUND: ReadonlySet<Layer> = new Set([
  'provider-key',
  'provider-permission',
  'network',
  'unknown',
]);

/**
 * The step that fixes a failure on this layer wherever it was found: the step that owns the layer,
 * or null when only the step that found it can fix it (FIXED_WHERE_FOUND, or no layer).
 */
export function fixingStepIdOf(layer: Layer | null): StepId | null {
  return layer && !FIXED_WHERE_FOUND.has(layer) ? STEP_ID_OF_LAYER[layer] : null;
}

/**
 * The step a failure found at step `foundAt` is fixed at: the step that owns its layer (quota met
 * by step 7's completion is fixed at step 9, a Cursor plan limit met by step 4 at step 1), or where
 * it was found when no other step can fix it. Doctor's verdict and the wizard's closing line both
 * name this step.
 */
export function fixingStep(layer: Layer | null, foundAt: number): number {
  const owner = fixingStepIdOf(layer);
  return owner ? stepNumberOf(owner) : foundAt;
}

/** One provider key's outcome, exactly as doctor --json reports it (see the contract). */
export interface ProviderOutcome {
  provider: Provider;
  /** Where the key came from: `env:` and the variable's name, `stdin` or `input`. */
  keySource: string;
  fingerprint: string;
  baseUrl: string | null;
  status: Extract<Status, 'pass' | 'fail' | 'unknown'>;
  layer: Layer | null;
  httpStatus: number | null;
  code: string | null;
  retryAfterSeconds: number | null;
  requestId: string | null;
}
