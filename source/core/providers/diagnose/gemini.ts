// Gemini: the ErrorInfo reason, the quota ids and the RetryInfo delay in the error details.
import {parseDuration} from '../rate-limit.js';
import {
  field,
  NO_ROTATE,
  outage,
  rateLimited,
  retryFromMessage,
  text,
  unexpected,
} from './common.js';
import type {Reading, Verdict} from './common.js';

function geminiDetails(json: unknown): Record<string, unknown>[] {
  const details = field(json, 'error', 'details');
  return Array.isArray(details)
    ? (details.filter((d) => d && typeof d === 'object') as Record<string, unknown>[])
    : [];
}

export function gemini({status, json, message, retry}: Reading): Verdict {
  const canonical = text(field(json, 'error', 'status')) || null;
  const details = geminiDetails(json);
  const reason =
    text(details.find((d) => d['@type']?.toString().endsWith('ErrorInfo'))?.reason) || null;
  if (reason === 'API_KEY_INVALID' || /API key not valid|API key expired/i.test(message)) {
    return {
      layer: 'provider-key',
      code: reason ?? 'API_KEY_INVALID',
      action: /expired/i.test(message)
        ? 'The Google API key has expired: create a new key at aistudio.google.com/apikey.'
        : 'Google rejects the key (invalid or deleted): create a new key at aistudio.google.com/apikey.',
    };
  }
  if (status === 400 && /location is not supported/i.test(message)) {
    return {
      layer: 'provider-permission',
      code: canonical,
      action: 'The Gemini API is not available in this region.',
    };
  }
  if (status === 403) {
    if (/unregistered callers/i.test(message)) {
      return {
        layer: 'provider-key',
        code: canonical,
        action:
          'No key reached Google: paste the key into Cursor Settings > Models > Google API Key.',
      };
    }
    if (/leaked/i.test(message)) {
      return {
        layer: 'provider-key',
        code: canonical,
        action:
          'Google blocked this key because it leaked: delete it and create a new one at aistudio.google.com/apikey.',
      };
    }
    if (
      reason === 'SERVICE_DISABLED' ||
      /has not been used in project|is disabled/i.test(message)
    ) {
      return {
        layer: 'provider-permission',
        code: reason ?? 'SERVICE_DISABLED',
        action:
          "Enable the Generative Language API in the key's Google Cloud project, wait a few minutes, then retry.",
      };
    }
    return {
      layer: 'provider-permission',
      code: reason ?? canonical,
      action:
        'The key is valid but not allowed here (API restriction, referrer/IP restriction or a suspended project): check the key restrictions in Google Cloud.',
    };
  }
  if (status === 404) {
    if (/models\//.test(message) || /model/i.test(message)) {
      return {
        layer: 'model',
        code: canonical ?? 'NOT_FOUND',
        action:
          'That model is not found for this API version (retired or misspelled): pick one from the list models call.',
      };
    }
    return {
      layer: 'base-url',
      code: canonical,
      action: 'Nothing answers at that path: check GOOGLE_GEMINI_BASE_URL.',
    };
  }
  if (status === 429) {
    const quotaIds = details.flatMap((d) => {
      const violations = d.violations;
      return Array.isArray(violations) ? violations.map((v) => text(field(v, 'quotaId'))) : [];
    });
    const retryInfo = text(
      details.find((d) => d['@type']?.toString().endsWith('RetryInfo'))?.retryDelay,
    );
    const wait =
      retry ??
      (retryInfo ? Math.ceil(parseDuration(retryInfo) ?? 0) : null) ??
      retryFromMessage(message);
    if (/limit: 0\b/.test(message)) {
      return {
        layer: 'quota',
        code: 'RESOURCE_EXHAUSTED',
        action: `This model has no free-tier quota for the project (limit: 0): enable billing or pick another model. ${NO_ROTATE}`,
        retryAfterSeconds: wait,
      };
    }
    if (quotaIds.some((id) => /PerDay/i.test(id))) {
      return {
        layer: 'quota',
        code: 'RESOURCE_EXHAUSTED',
        action: `The daily quota is used up; it clears at the daily reset, or raise it by enabling billing. ${NO_ROTATE}`,
        retryAfterSeconds: wait,
      };
    }
    return rateLimited(wait, 'RESOURCE_EXHAUSTED', 'a per-minute quota is exhausted');
  }
  if (status >= 500) return outage(canonical ?? String(status), retry);
  return unexpected('Google', status, canonical, message);
}
