// Shared shapes of the provider side: a key as found, what its probes returned, and what later
// steps read back from facts. Nothing here holds a raw key except Secret instances.
import type {Diagnosis} from '../diagnosis.js';
import type {HttpMethod} from '../runner.js';
import type {Secret} from '../secrets.js';
import type {Provider} from '../vocabulary.js';

/** How a credential found through a provider's credential chain authenticates. */
export type KeyAuth =
  | {mode: 'bearer'}
  | {mode: 'sigv4'; secretAccessKey: Secret; sessionToken: Secret | null}
  | {mode: 'profile'; profile: string};

/** One provider key, as found in the environment or typed into the wizard. */
export interface ProviderKey<Id extends string = Provider> {
  /** Stable within a run: the source plus the fingerprint of the key as found. */
  id: string;
  /** The field or variable it was given as; null when the person has not said. */
  slot: Id | null;
  /** The key exactly as found, paste damage included. */
  secret: Secret;
  /** `env:` and the variable's name, `input` or `stdin`. */
  source: string;
  /** The variable a person would export to reproduce a request with curl. */
  envName: string;
  /** Lines about how the key was picked (one variable the SDK reads first beating another). */
  notes: string[];
  /** Set for a key found through its provider's credential chain. */
  auth?: KeyAuth;
}

/** One request sent to a provider and what came back, with nothing secret in it. */
export interface ExchangeRecord {
  label: string;
  method: HttpMethod;
  /** The URL as sent; keys never travel in URLs. */
  url: string;
  /** The same request as a curl command with `$VARIABLE` in place of every secret. */
  curl: string;
  ok: boolean;
  httpStatus: number | null;
  /** Set when the exchange failed; null when it succeeded. */
  diagnosis: Diagnosis | null;
  requestId: string | null;
  rateLimit: string[];
  retryAfterSeconds: number | null;
  /** A short, scrubbed excerpt of an error body, for evidence. */
  excerpt: string | null;
  durationMs: number;
  /** A 2xx whose body is not the provider's answer: the verdict is unknown, not a pass. */
  notTheApi?: boolean;
}

/** What step 7 learned about one key, kept in facts for steps 8 and 9. */
export interface ProbeRecord {
  keyId: string;
  provider: Provider | null;
  keySource: string;
  /** Fingerprint of the key as found (what the source holds). */
  fingerprint: string;
  /** Fingerprint of the key after paste cleaning, which is what was sent. */
  sentFingerprint: string;
  baseUrl: string | null;
  /** A configuration problem that stopped the probe before any request. */
  setupProblem: Diagnosis | null;
  /** A one-line note for a probe that could not start (missing optional package…). */
  setupNote: string | null;
  cheap: ExchangeRecord | null;
  completion: ExchangeRecord | null;
  /** Why the completion did not run, when it did not. */
  completionSkipped: string | null;
  completionModel: string | null;
  /** Model ids the key can use, when the cheap probe lists them. */
  models: string[] | null;
  /** Extra facts a provider's key-info endpoint returned (OpenRouter's credit limit). */
  keyInfo: string[];
  /** OpenRouter's key info said no credit is left. */
  creditExhausted: boolean;
}

/** Probes still running in one run, by key id (see CheckContext.probesInFlight). */
export type ProbesInFlight = Map<string, Promise<ProbeRecord>>;
