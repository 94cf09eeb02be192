// What the tool knows about one provider, in one place. Each provider is one file in this folder
// plus one line in index.ts; everything provider-shaped elsewhere is derived from these specs.
// A spec may reference code of its own provider (its call plan, its diagnoser); that code must
// not import the registry back, so it reads the layers and types from leaf modules.
import type {PlanCalls} from '../calls/plan.js';
import type {Reading, Verdict} from '../diagnose/common.js';
import type {RateLimitFamily} from '../rate-limit.js';
import type {ChainLink} from './credential-chain.js';
import type {CursorField, FieldRide} from './cursor-field.js';
import type {ErrorBodyShape} from './error-body.js';
import type {ErrorTexts} from './error-texts.js';
import type {KeyShape} from './key-shape.js';

/** What the tool knows about a provider's model names. */
export interface ModelRules<Id extends string = string> {
  /** Names that are this provider's, as a person types them (gpt-…, claude-…). */
  names: RegExp | null;
  /** These names win over other providers' (a router's `vendor/model` holds its vendors' names). */
  namesWin?: boolean;
  /** Names that look like its real models, so an absence means access, not a typo. */
  family: RegExp | null;
  /** A prefix dropped before comparing with the list (the geography of an inference profile). */
  prefix?: RegExp;
  /** Retired models, and what to select instead. */
  retired?: {pattern: RegExp; use: string};
  /** Models Cursor does not run with this provider's key, and why: "is a reasoning model: …". */
  notInCursor?: {pattern: RegExp; why: string};
  /**
   * The person calls their own deployments, named as they like (often after another provider's
   * models); this variable names the one to call.
   */
  deployments?: {variable: string; namedAfter: Id};
  /** A free public lookup of one model, for a provider that lists no models per key. */
  lookup?: {path(model: string): string; page: string};
  /** Said with every model check of this provider. */
  note?: string;
  /** Words in the names of its small, cheap models (mini, haiku…), for a 1-token completion. */
  small?: RegExp;
}

/** Where the SDK's base URL comes from, and what a base URL of this provider must look like. */
export interface BaseUrlRules {
  /** The variable the SDK reads its base URL from. */
  variable: string;
  /** The URL it uses without one; null when each customer has their own. */
  default: string | null;
  /** OpenAI-compatible clients append /models and /chat/completions: the path ends in /v1. */
  endsInV1?: boolean;
  /** The hosts a base URL should be on (never checked for this machine), and what to say if not. */
  expectedHost?: {
    pattern: RegExp;
    /** Only for the provider's own key in a Cursor field: a proxy's key is the proxy's own. */
    ownKeyInField?: boolean;
    line(host: string, variable: string): string;
  };
  /** Said when the host does not resolve: where its name comes from. */
  unresolved?: string;
}

export interface ProviderSpec<Id extends string = string> {
  /** The contract's word for the provider (doctor --json, classify --json, --provider). */
  id: Id;
  /** The name a person reads: "OpenAI", "AWS Bedrock". */
  name: string;
  /**
   * The variables the official SDK reads its key from, in the order it reads them. The first
   * is the one a copy-paste command names.
   */
  keyVariables: readonly string[];
  /** Every variable that can hold a credential of this provider: scrubbed from all output. */
  credentialVariables: readonly string[];
  /** Where a person makes a new key. */
  keyPage: string;
  /** Where a person adds credit, fixes billing or raises quota. */
  billingPage: string;
  /** Every shape its keys come in, most specific first. */
  keyShapes: readonly KeyShape[];
  /** False for Cursor's own key, which the Cursor steps test: the provider steps refuse it. */
  byok: boolean;
  /**
   * Where the SDK looks for a credential, in order, when it is more than `keyVariables`: the
   * first link set wins, and a key found there is tested as this provider's whatever its
   * characters say. Without it, the first key variable set wins.
   */
  credentialChain?: readonly ChainLink[];
  /** Its own key field in Cursor Settings > Models; absent when Cursor has none. */
  cursorField?: CursorField;
  /** Another provider's field its key may sit in, with that field's base URL pointed here. */
  ridesField?: FieldRide<Id>;
  /**
   * Host names and documentation links that identify the provider when they appear anywhere in a
   * pasted text ("getaddrinfo ENOTFOUND api.openai.com", "see docs.claude.com/…").
   */
  hosts: RegExp;
  /**
   * The provider's own API host, as it stands in a base URL: a URL on it is never a typo or a
   * gateway. Matched against the host alone; null when every customer has their own host.
   */
  apiHost: RegExp | null;
  /**
   * The domains of the provider's own public services (API, login, downloads), matched against a
   * host alone: a connection to one that fails is this machine's network, never a typed host.
   * Absent when the host names come from the customer's own resources.
   */
  ownDomains?: RegExp;
  /**
   * The API host is built from a region the customer picks (`bedrock-runtime.<region>.…`):
   * `host` captures the region from a host, `region` matches every real region. A name that
   * does not resolve is then the region or endpoint first, and a host whose region is no real
   * region is a typed host, not the provider's own.
   */
  regionalHost?: {host: RegExp; region: RegExp};
  /**
   * The words that name the provider in an error text, as people and SDKs write them. Model
   * names (claude-…, gpt-…) do not count: Cursor serves those on its own plan too. Null when an
   * error text never names the provider in words.
   */
  textNames: RegExp | null;
  /**
   * Product names Cursor's banners put where the provider goes ("your Claude API key"), which
   * `textNames` leaves out because in running text they mostly name a model.
   */
  bannerNames: readonly string[];
  /**
   * A provider whose hosts and words this one's contain ("openai.azure.com", "Azure OpenAI"):
   * when both are seen, this one is meant.
   */
  narrows?: Id;
  /**
   * Its documented error body, to tell whose a pasted JSON is; null when its errors are read by
   * their own codes instead.
   */
  errorBody: ErrorBodyShape | null;
  /** Its known error texts, as they arrive without a body; null when the classifier words them. */
  errorTexts: ErrorTexts<Id> | null;
  /**
   * The top-level field a real answer always has: in a model list, and in a completion. A 2xx
   * without it came from something else (a captive portal, a wrong host).
   */
  answerFields: {list: string; completion: string};
  /** Its own rate-limit headers, when it does not (only) send the common X-RateLimit ones. */
  rateLimitHeaders?: RateLimitFamily;
  /** Reads a refused response: the provider's cheat sheet as code. */
  diagnose(reading: Reading): Verdict;
  /** Where the base URL comes from and what it must look like; null when nothing is sent. */
  baseUrl: BaseUrlRules | null;
  /** The model a 1-token completion calls when the key lists none smaller. */
  defaultModel: string | null;
  /** Plans the free probe and the completion; null when another step tests the key. */
  calls: PlanCalls | null;
  models: ModelRules<Id>;
}
