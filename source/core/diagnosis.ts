// The shared shape of "what this error means", used by the checks, `classify` and `doctor`.
import type {Layer, Provider, Status} from './vocabulary.js';

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
export const STEP_OF_LAYER: Record<Layer, number> = {
  'cursor-cli': 2,
  'cursor-account': 1,
  'cursor-plan': 1,
  'cursor-user-key': 4,
  'provider-key': 7,
  'provider-permission': 7,
  model: 8,
  request: 8,
  'base-url': 8,
  'rate-limit': 9,
  quota: 9,
  'provider-outage': 9,
  'cursor-service': 10,
  feature: 5,
  network: 7,
  unknown: 1,
};

/** One provider key's outcome, exactly as doctor --json reports it (see the contract). */
export interface ProviderOutcome {
  provider: Provider;
  /** Where the key came from: `env:OPENAI_API_KEY`, `stdin`, `input`. */
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
