// Tells whose error body a parsed payload is, from its shape alone, and which status it came
// with when the paste dropped the status line. What the error means is decided elsewhere.
import type {Provider} from '../vocabulary.js';
import {isObject, type JsonObject, numberField, stringField} from './payload.js';

/** Cursor's own `{"error":"ERROR_…","details":{…}}` payload. */
export function isCursorPayload(payload: JsonObject): boolean {
  return typeof payload.error === 'string' && /^ERROR_[A-Z_]+$/.test(payload.error);
}

/** The provider whose documented error shape this is (providers.md §3–8), or null. */
export function providerFromShape(payload: JsonObject): Provider | null {
  const error = payload.error;
  if (payload.type === 'error' && isObject(error) && typeof error.type === 'string') {
    return 'anthropic';
  }
  // The inner `error` object alone, as SDKs and loggers often print it.
  if (
    typeof payload.type === 'string' &&
    payload.type in ANTHROPIC_STATUS &&
    !('error' in payload)
  ) {
    return 'anthropic';
  }
  if (isObject(error)) {
    if (typeof error.status === 'string' && typeof error.code === 'number') return 'google';
    if ('user_id' in payload || isObject(error.metadata)) return 'openrouter';
    if (typeof error.code === 'number' && !('type' in error)) return 'openrouter';
    if (
      typeof error.code === 'string' &&
      (/^\d{3}$/.test(error.code) || /^Deployment/.test(error.code))
    ) {
      return 'azure';
    }
    if ('param' in error || 'type' in error) return 'openai';
  }
  if (!('error' in payload) && ('Message' in payload || '__type' in payload)) return 'bedrock';
  if (
    !('error' in payload) &&
    typeof payload.message === 'string' &&
    Object.keys(payload).length <= 2
  ) {
    return 'bedrock';
  }
  return null;
}

/** The HTTP status the body itself states (Gemini, OpenRouter, Azure put it in `error.code`). */
export function statusFromPayload(payload: JsonObject): number | null {
  const numeric = numberField(payload, 'error', 'code');
  if (numeric !== null && numeric >= 100 && numeric <= 599) return numeric;
  const text = stringField(payload, 'error', 'code');
  if (text && /^[1-5]\d\d$/.test(text)) return Number(text);
  return null;
}

// The status each documented error type travels with, so a body pasted without its status line
// can still be routed. These are the providers' own HTTP mappings, not diagnoses.
const ANTHROPIC_STATUS: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: 529,
};

const OPENAI_STATUS: Record<string, number> = {
  invalid_api_key: 401,
  mismatched_organization: 401,
  missing_scope: 401,
  unsupported_country_region_territory: 403,
  model_not_found: 404,
  insufficient_quota: 429,
  rate_limit_exceeded: 429,
};

const BEDROCK_STATUS: Record<string, number> = {
  UnrecognizedClientException: 403,
  InvalidSignatureException: 403,
  ExpiredTokenException: 403,
  AccessDeniedException: 403,
  ValidationException: 400,
  ServiceQuotaExceededException: 400,
  ResourceNotFoundException: 404,
  ThrottlingException: 429,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
};

/** The status implied by the body's error type when none was seen. */
export function impliedStatus(
  provider: Provider,
  payload: JsonObject,
  text: string,
): number | null {
  if (provider === 'anthropic') {
    const type = stringField(payload, 'error', 'type') ?? stringField(payload, 'type');
    return ANTHROPIC_STATUS[type ?? ''] ?? null;
  }
  if (provider === 'openai') {
    const code = stringField(payload, 'error', 'code') ?? stringField(payload, 'error', 'type');
    if (code && OPENAI_STATUS[code]) return OPENAI_STATUS[code]!;
    // The missing-key body has `code: null`; its message is the only sign.
    if (/didn't provide an API key/i.test(stringField(payload, 'error', 'message') ?? ''))
      return 401;
    return null;
  }
  if (provider === 'bedrock') {
    const code = bedrockErrorType(payload, text);
    return code ? (BEDROCK_STATUS[code] ?? null) : null;
  }
  return null;
}

/** Bedrock's error code: the x-amzn-ErrorType header, the body's `__type`, or a named exception. */
export function bedrockErrorType(payload: JsonObject | null, text: string): string | null {
  const fromType = payload ? stringField(payload, '__type') : null;
  if (fromType) return fromType.split('#').pop()!.split(':')[0]!;
  const named = /\b([A-Z][A-Za-z]+Exception)\b/.exec(text);
  return named ? named[1]! : null;
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
