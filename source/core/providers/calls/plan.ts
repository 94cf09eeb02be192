// What every provider's requests are built from: one description gives both the request and its
// curl line with $VARIABLES, so the two cannot drift apart. A leaf for the registry's own code:
// nothing here imports the registry back.
import type {Env} from '../../env.js';
import type {HttpMethod} from '../../runner.js';
import type {Verdict} from '../diagnose/common.js';

export interface PlannedRequest {
  label: string;
  method: HttpMethod;
  url: string;
  /** Built at send time, so SigV4 signs with the run's clock at that moment. Holds secrets. */
  headers(now: Date): Record<string, string>;
  body?: string;
  curl: string;
  /** Free probes cost nothing; completions are billable. */
  billable: boolean;
}

/** A secret as the requests use it: revealed only while the headers are built. */
export interface Revealable {
  reveal(): string;
}

/** How requests are signed when a key is not sent as it is (AWS SigV4). */
export type Signing<Held extends Revealable = Revealable> =
  | {mode: 'bearer'; token: Held}
  | {
      mode: 'sigv4';
      accessKeyId: Held;
      secretAccessKey: Held;
      sessionToken: Held | null;
      /** `$AWS_…` names for the curl line, or null when they came from a profile. */
      fromEnv: boolean;
    };

/** What a provider's calls are planned from. */
export interface CallInput {
  secret: Revealable;
  /** The variable the key was given in, for the curl line. */
  envName: string;
  env: Env;
  /** The base URL from the provider's variable, or its default; null when neither is set. */
  base: string | null;
  /** The model the person selected, when the provider calls their own deployments by it. */
  selectedModel: string | null;
  signing?: Signing;
  /** The Cursor field the key sits in, when known: a Bedrock key in the OpenAI field. */
  slot: string | null;
}

/** The free probe and the completion of one provider, as its own code plans them. */
export interface PlannedCalls {
  baseUrl: string;
  cheap: PlannedRequest;
  /** Null when the provider needs something more to complete (Azure's deployment). */
  completion: ((model: string) => PlannedRequest) | null;
  completionMissing: string | null;
  /** Set when the model to call is the person's own (a deployment), not the spec's default. */
  defaultModel?: string | null;
  parseModels(body: string): string[] | null;
  /** Lines from a key-info endpoint (OpenRouter), and whether credit is exhausted. */
  parseKeyInfo?(body: string): {lines: string[]; exhausted: boolean};
  /** What the plan itself shows would fail (a key bound to another Region): nothing is sent. */
  notSent?: Verdict | null;
}

export type CallsResult = {ok: true; calls: PlannedCalls} | {ok: false; reason: string};

export type PlanCalls = (input: CallInput) => CallsResult;

/** The one-token prompt every completion sends. */
export const PING = 'ping';

export const JSON_CONTENT: Readonly<Record<string, string>> = {'content-type': 'application/json'};

/** The base URL of a provider whose spec has a default one, so it is always set. */
export function baseOf(input: CallInput): string {
  if (input.base === null) throw new Error('this provider’s spec has no default base URL');
  return input.base;
}

export function trimSlash(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** A variable's value, trimmed; null when unset or blank. */
export function envValue(env: Env, name: string): string | null {
  const found = env[name]?.trim();
  return found ? found : null;
}

function curlLine(
  method: HttpMethod,
  url: string,
  headers: readonly string[],
  body: string | undefined,
  extra: readonly string[] = [],
): string {
  const parts = ['curl -sS'];
  if (method !== 'GET') parts.push(`-X ${method}`);
  parts.push(`"${url}"`, ...extra);
  for (const header of headers) parts.push(`-H "${header}"`);
  if (body !== undefined) parts.push(`-H "Content-Type: application/json"`, `-d '${body}'`);
  return parts.join(' ');
}

/** How a provider authenticates, once for the request and once for the curl line. */
export interface Auth {
  headers(now: Date): Record<string, string>;
  /** The same headers with $VARIABLES in place of secrets. */
  curlHeaders: readonly string[];
  /** curl options that carry the auth instead of a header (Bedrock's --aws-sigv4). */
  curlOptions?: readonly string[];
}

interface RequestSpec extends Auth {
  label: string;
  method: HttpMethod;
  url: string;
  body?: string;
  billable: boolean;
}

/** The request and its curl line from one description. */
export function request(spec: RequestSpec): PlannedRequest {
  const {label, method, url, headers, curlHeaders, curlOptions, body, billable} = spec;
  return {
    label,
    method,
    url,
    headers: body === undefined ? headers : (now) => ({...headers(now), ...JSON_CONTENT}),
    ...(body === undefined ? {} : {body}),
    curl: curlLine(method, url, curlHeaders, body, curlOptions),
    billable,
  };
}

/** The free probe most providers answer: their model list, which costs nothing. */
export function listModelsRequest(auth: Auth, url: string): PlannedRequest {
  return request({...auth, label: 'list models', method: 'GET', url, billable: false});
}

/** The model ids in a list answer, from the array `pick` finds in it. */
export function listIds(
  body: string,
  pick: (json: Record<string, unknown>) => unknown[],
): string[] | null {
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const items = pick(json);
    if (!Array.isArray(items)) return null;
    return items
      .map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>) : {}))
      .map((item) => String(item.id ?? item.name ?? item.modelId ?? ''))
      .map((id) => id.replace(/^models\//, ''))
      .filter(Boolean);
  } catch {
    return null;
  }
}

/** The `data` array of an OpenAI-style list. */
export const dataList = (json: Record<string, unknown>) => json.data as unknown[];
