// Tells whose error body a parsed payload is, from its shape alone (as the registry describes
// each provider's), and which status it came with when the paste dropped the status line. What
// the error means is decided elsewhere.
import {PROVIDER_SPECS, providerSpec} from '../providers/registry/index.js';
import type {ProviderSpec} from '../providers/registry/spec.js';
import type {Provider} from '../vocabulary.js';
import {isObject, type JsonObject, numberField, stringField} from './payload.js';

/**
 * Cursor's own payload: `{"error":"ERROR_…","details":{…}}`, the Connect envelope that carries it
 * (`"details":[{"type":"aiserver.v1.ErrorDetails",…}]`), or any body whose message is Cursor's
 * `{"title","detail"}` pair, as proxies of Cursor's API relay it. Its words are Cursor's, never
 * a provider's body, whatever status-like code sits beside them.
 */
export function isCursorPayload(payload: JsonObject): boolean {
  if (typeof payload.error === 'string' && /^ERROR_[A-Z_]+$/.test(payload.error)) return true;
  const inner = isObject(payload.error) ? payload.error : payload;
  return carriesCursorDetails(inner.details) || isTitleDetail(inner.message);
}

function carriesCursorDetails(details: unknown): boolean {
  return (
    Array.isArray(details) &&
    details.some(
      (item) => isObject(item) && typeof item.type === 'string' && /^aiserver\./.test(item.type),
    )
  );
}

/**
 * The words Cursor wrote into a payload of its own: every `title` and `detail`, read also from a
 * message that holds them as JSON. They say what happened; the code beside them (a transport
 * class like `resource_exhausted`, or ERROR_CUSTOM_MESSAGE) only says that something did.
 */
export function cursorWordsOf(payload: JsonObject): string[] {
  const words: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 5) return;
    if (typeof value === 'string') {
      if (isTitleDetail(value)) walk(JSON.parse(value), depth + 1);
      return;
    }
    if (Array.isArray(value)) return value.forEach((item) => walk(item, depth + 1));
    if (!isObject(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'title' || key === 'detail') && typeof inner === 'string') words.push(inner);
      else walk(inner, depth + 1);
    }
  };
  walk(payload, 0);
  return [...new Set(words)];
}

/** Cursor's CustomErrorDetails as a JSON string: `{"title":"…","detail":"…"}`. */
function isTitleDetail(message: unknown): boolean {
  if (typeof message !== 'string' || !message.trimStart().startsWith('{')) return false;
  try {
    const parsed: unknown = JSON.parse(message);
    return (
      isObject(parsed) && typeof parsed.title === 'string' && typeof parsed.detail === 'string'
    );
  } catch {
    return false;
  }
}

const SPECS: readonly ProviderSpec<Provider>[] = PROVIDER_SPECS;

/**
 * The provider whose documented error shape this is (the registry's `errorBody`), or null; of
 * two that match, the one that narrows the other ("code":"429" is Azure's, not OpenAI's).
 */
export function providerFromShape(payload: JsonObject): Provider | null {
  const matching = SPECS.filter((spec) => spec.errorBody?.matches(payload));
  const meant = matching.filter((spec) => !matching.some((other) => other.narrows === spec.id));
  return meant[0]?.id ?? null;
}

/** The HTTP status the body itself states (Gemini, OpenRouter, Azure put it in `error.code`). */
export function statusFromPayload(payload: JsonObject): number | null {
  const numeric = numberField(payload, 'error', 'code');
  if (numeric !== null && numeric >= 100 && numeric <= 599) return numeric;
  const text = stringField(payload, 'error', 'code');
  if (text && /^[1-5]\d\d$/.test(text)) return Number(text);
  return null;
}

/** The status implied by the body's error type when none was seen. */
export function impliedStatus(
  provider: Provider,
  payload: JsonObject,
  text: string,
): number | null {
  return providerSpec(provider).errorBody?.impliedStatus(payload, text) ?? null;
}

/** Response headers the provider's reader needs that the paste kept only in the body. */
export function lostHeaders(
  provider: Provider,
  payload: JsonObject,
  text: string,
): Record<string, string> {
  return providerSpec(provider).errorBody?.lostHeaders?.(payload, text) ?? {};
}

/** The most specific code the body names, for the `code` field. */
export function codeFromPayload(payload: JsonObject): string | null {
  if (isCursorPayload(payload)) return payload.error as string;
  const candidates = [
    stringField(payload, 'error', 'code'),
    stringField(payload, 'error', 'status'),
    stringField(payload, 'error', 'type'),
    stringField(payload, 'error', 'details', 'error_code'),
    stringField(payload, '__type'),
  ];
  const details = isObject(payload.error) ? payload.error.details : undefined;
  if (Array.isArray(details)) {
    for (const detail of details) {
      const reason = stringField(detail, 'reason');
      if (reason) candidates.unshift(reason);
    }
  }
  const spend = stringField(payload, 'error', 'details', 'error_code');
  if (spend) candidates.unshift(spend);
  return candidates.find((code) => code && !/^\d+$/.test(code)) ?? null;
}
