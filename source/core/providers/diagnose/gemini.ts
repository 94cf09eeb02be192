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

/** 400 "Multiple authentication credentials received": one key, sent two ways. */
export const DOUBLED_KEY =
  'Google received the key twice (as a Bearer token and as x-goog-api-key or ?key=): send it one way only. The key itself is fine.';

const NEW_AUTH_KEY =
  'create a new key in AI Studio (aistudio.google.com/apikey; it starts with AQ.) and paste it into Cursor';

/**
 * 401 ACCESS_TOKEN_TYPE_UNSUPPORTED, under a misleading "Expected OAuth 2 access token" message:
 * Google rejects standard AIza keys (scheduled for September 2026); an AQ. auth key with the same
 * answer is pasted wrong, not yet bound, or not yet propagated.
 */
export function keyTypeRejected(keyPrefix: string, reason: string | null): Verdict {
  const code = reason ?? 'ACCESS_TOKEN_TYPE_UNSUPPORTED';
  if (keyPrefix === 'AIza') {
    return {
      layer: 'provider-key',
      code,
      action: `Google no longer accepts this kind of key (standard AIza keys are being retired; the OAuth wording of the message is misleading): ${NEW_AUTH_KEY}.`,
    };
  }
  if (keyPrefix === 'AQ.') {
    return {
      layer: 'provider-key',
      code,
      alsoPossible: ['provider-permission'],
      action:
        'Google does not accept this AQ. auth key: paste it again in full (a cut key fails this way), check in AI Studio that it is bound to a project and service account, and give a new key a few minutes to propagate; if it still fails, create another.',
    };
  }
  return {
    layer: 'provider-key',
    code,
    action: `Google refused the key's type (the OAuth wording is misleading). A standard AIza key is no longer accepted: ${NEW_AUTH_KEY}. An AQ. key failing this way is cut, unbound or not yet propagated.`,
  };
}

export function gemini({status, json, message, retry, keyPrefix}: Reading): Verdict {
  const canonical = text(field(json, 'error', 'status')) || null;
  const details = geminiDetails(json);
  const reason =
    text(details.find((d) => d['@type']?.toString().endsWith('ErrorInfo'))?.reason) || null;
  if (
    reason === 'ACCESS_TOKEN_TYPE_UNSUPPORTED' ||
    (status === 401 && /Expected OAuth 2 access token/i.test(message))
  ) {
    return keyTypeRejected(keyPrefix, reason);
  }
  if (/Multiple authentication credentials received/i.test(message)) {
    return {
      layer: 'request',
      code: canonical ?? 'INVALID_ARGUMENT',
      alsoPossible: ['base-url'],
      action: DOUBLED_KEY,
    };
  }
  // Key-level reasons: the key itself is invalid, expired or suspended, whatever the status says.
  const keyReason = /^(?:API_KEY_INVALID|API_KEY_EXPIRED|CONSUMER_SUSPENDED)$/.test(reason ?? '');
  if (
    keyReason ||
    /API key not valid|API key expired|Consumer '?api_key:\S{0,200}? has been suspended/i.test(
      message,
    )
  ) {
    return {
      layer: 'provider-key',
      code: reason ?? 'API_KEY_INVALID',
      action: /suspended/i.test(message)
        ? 'Google suspended this key: create a new key at aistudio.google.com/apikey (and check the project in Google Cloud).'
        : /expired/i.test(message)
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
    if (
      reason === 'API_KEY_SERVICE_BLOCKED' ||
      /Requests to this API .* are blocked/i.test(message)
    ) {
      return {
        layer: 'provider-permission',
        code: reason ?? 'API_KEY_SERVICE_BLOCKED',
        action:
          "The key is restricted to other Google APIs: in Google Cloud > APIs & Services > Credentials, add the Generative Language API to the key's API restrictions, or create a key in AI Studio.",
      };
    }
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
