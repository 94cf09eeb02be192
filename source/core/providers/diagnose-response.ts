// The providers' cheat sheet as code: one HTTP response in, the layer it belongs to out.
// Shared with the classifier (`classify`), so its name and signature are a stable interface.
import {matchTextRule} from '../classify/meaning-rules.js';
import {STEP_OF_LAYER, type Diagnosis} from '../diagnosis.js';
import type {Layer, Provider} from '../vocabulary.js';
import {redact} from '../secrets.js';
import {field, parseJson, text, type Verdict} from './diagnose/common.js';
import {retryAfterFromHeaders} from './rate-limit.js';
import {markKeyEchoes, providerSpec} from './registry/index.js';

export interface ProviderResponse {
  provider: Provider;
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
  /**
   * The public prefix of the key sent (see publicPrefix), when known: some answers mean different
   * things for different kinds of key (Gemini's AIza and AQ. keys, Bedrock's key prefixes).
   */
  keyPrefix?: string;
}

/** Every message-ish string in the body, for matching when the code is not enough. */
export function messageOf(json: unknown, body: string): string {
  const message =
    text(field(json, 'error', 'message')) ||
    text(field(json, 'message')) ||
    text(field(json, 'Message'));
  // Masked before it is cut: a key cut in half no longer has a key's shape. An echo whose shape
  // says which kind of key was refused is marked first, as the classifier marks it.
  return redact(markKeyEchoes(message || body)).slice(0, 500);
}

/** Whether a response is a success with no error inside (OpenRouter can send 200 with one). */
export function isSuccessResponse(input: ProviderResponse): boolean {
  if (input.status < 200 || input.status >= 300) return false;
  const json = parseJson(input.body);
  return !(json && typeof json === 'object' && 'error' in json && field(json, 'error'));
}

export function diagnoseProviderResponse(input: ProviderResponse): Diagnosis {
  const {provider, status, headers, body} = input;
  const json = parseJson(body);
  const retry = retryAfterFromHeaders(headers);
  const verdict: Verdict = isSuccessResponse(input)
    ? {
        layer: 'unknown',
        code: null,
        action: 'The provider accepted the request: nothing to fix at this layer.',
      }
    : byMeaning(
        providerSpec(provider).diagnose({
          status,
          json,
          message: messageOf(json, body),
          retry,
          headers,
          keyPrefix: input.keyPrefix ?? '',
        }),
        provider,
        messageOf(json, body),
      );
  return {
    layer: verdict.layer,
    step: STEP_OF_LAYER[verdict.layer],
    provider,
    httpStatus: verdict.status ?? status,
    code: verdict.code,
    action: verdict.action,
    alsoPossible: verdict.alsoPossible ?? [],
    // A verdict's own null (a 429 that waiting cannot fix) stands over the header.
    retryAfterSeconds:
      verdict.retryAfterSeconds !== undefined
        ? verdict.retryAfterSeconds
        : verdict.layer === 'rate-limit'
          ? retry
          : null,
  };
}

/** What an answered request can be refused for; the body's words alone never claim an outage. */
const REFUSALS: ReadonlySet<Layer> = new Set([
  'request',
  'model',
  'base-url',
  'provider-permission',
  'provider-key',
  'quota',
]);

/**
 * A refusal the provider's table does not explain is read for its meaning: a 400 "prompt is too
 * long" is about this request, not the key. A machine code that names the cause
 * ("model_not_supported") is read before the message, which may speak of something else.
 */
function byMeaning(verdict: Verdict, provider: Provider, message: string): Verdict {
  if (verdict.layer !== 'unknown') return verdict;
  const coded = refusalOf(machineCode(verdict.code), provider);
  // Codes of a refused value ("unsupported_value") say how, not why: the message says why.
  const meaning =
    coded && coded.layers[0] !== 'request' ? coded : (refusalOf(message, provider) ?? coded);
  const [layer, ...alsoPossible] = meaning?.layers ?? [];
  if (!meaning || !layer) return verdict;
  return {
    ...verdict,
    layer,
    alsoPossible,
    action: meaning.action,
    code: verdict.code ?? meaning.code,
  };
}

function refusalOf(text: string | null, provider: Provider) {
  const meaning = text ? matchTextRule(text, provider) : null;
  const layer = meaning?.layers[0];
  return meaning && layer && REFUSALS.has(layer) ? meaning : null;
}

/**
 * A code that names what went wrong ("model_not_supported"), not a status, a status class
 * ("INVALID_ARGUMENT") or an error type ("invalid_request_error").
 */
function machineCode(code: string | null): string | null {
  return code && /^[a-z]+(?:_[a-z]+)+$/.test(code) && !/_error$/.test(code) ? code : null;
}
