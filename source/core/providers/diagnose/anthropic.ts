// Anthropic: the error type in the body, with the message telling OAuth and billing apart.
import {field, NO_ROTATE, outage, rateLimited, text, unexpected} from './common.js';
import type {Reading, Verdict} from './common.js';

export function anthropic({status, json, message, retry}: Reading): Verdict {
  const type = text(field(json, 'error', 'type')) || null;
  const detailCode = text(field(json, 'error', 'details', 'error_code')) || null;
  if (status === 401) {
    if (/x-api-key header is required/i.test(message)) {
      return {
        layer: 'provider-key',
        code: type,
        action:
          'No key reached Anthropic: paste the key into Cursor Settings > Models > Anthropic API Key.',
      };
    }
    // "CORS requests are not allowed for this Organization": the request carried an Origin
    // header, as a browser sends; the key is not the problem (Anthropic's errors page, 2026).
    if (/CORS requests are not allowed/i.test(message)) {
      return {
        layer: 'provider-permission',
        code: type,
        alsoPossible: ['request'],
        action:
          'Not a bad key: the request carried an Origin header (a browser-style request), and this Anthropic organisation does not allow those. Send it from a server or CLI without an Origin header, or ask the organisation admin to allow it.',
      };
    }
    if (/OAuth/i.test(message)) {
      return {
        layer: 'provider-key',
        code: type,
        action:
          'That is a Claude subscription OAuth token, not an API key: create an API key at console.anthropic.com/settings/keys.',
      };
    }
    // Keys can now carry an expiry, and a personal key dies when its owner leaves the
    // organisation; the body does not say which of these it was.
    return {
      layer: 'provider-key',
      code: type ?? 'authentication_error',
      action:
        'Anthropic rejects the key: it is invalid, revoked, or may have expired (keys can have an expiry date; a personal key also stops when its owner leaves the organisation). Create a new key at platform.claude.com/settings/keys.',
    };
  }
  if (status === 403) {
    return {
      layer: 'provider-permission',
      code: type ?? 'permission_error',
      action:
        'The key is valid but not allowed to do this: check the workspace and organization settings.',
    };
  }
  if (status === 404) {
    // A wrong path answers a bare "Not Found". Any other resource the Messages API cannot find is
    // the model, named ("model: claude-…") or given as the bare id, as wrappers relay it.
    if (/^\s*(?:Not Found\.?)?\s*$/i.test(message)) {
      return {
        layer: 'base-url',
        code: type,
        action: 'Nothing answers at that path: check ANTHROPIC_BASE_URL.',
        alsoPossible: ['model'],
      };
    }
    return {
      layer: 'model',
      code: type ?? 'not_found_error',
      action: 'Anthropic does not know that model (or retired it): pick a current model id.',
      ...(/model|\bclaude-/i.test(message) ? {} : {alsoPossible: ['base-url']}),
    };
  }
  if (status === 402 || /credit balance is too low/i.test(message) || type === 'billing_error') {
    return {
      layer: 'quota',
      code: type ?? 'billing_error',
      action: `Out of credit: buy credits at console.anthropic.com/settings/billing. ${NO_ROTATE}`,
    };
  }
  if (status === 400) {
    // A spend limit the organisation or workspace set answers 400, not 429.
    if (/reached your specified (?:\w+ )*usage limits|spend limit/i.test(message)) {
      return {
        layer: 'quota',
        code: type ?? 'invalid_request_error',
        action: `A spend limit set for the organisation or workspace is reached: raise it in the Claude Console (Settings > Limits) or wait for the date the message names. Retrying will not help. ${NO_ROTATE}`,
      };
    }
    if (/organization has been disabled/i.test(message)) {
      return {
        layer: 'provider-permission',
        code: type,
        action: 'The Anthropic organization is disabled: contact Anthropic support.',
      };
    }
    if (/only authorized for use with Claude Code/i.test(message)) {
      return {
        layer: 'provider-key',
        code: type,
        action:
          'That credential only works in Claude Code: create an API key at console.anthropic.com.',
      };
    }
    return unexpected('Anthropic', 400, type, message);
  }
  if (status === 429) {
    // The usage tier's monthly cap: a 429 without retry-after, so no rate limit to wait out.
    if (detailCode === 'enforced_spend_limit_reached') {
      return {
        layer: 'quota',
        code: detailCode,
        action: `The organisation reached its usage tier's monthly spend cap: usage resumes at 00:00 UTC on the first day of next month, or move to a higher tier in the Claude Console. Retrying will not help. ${NO_ROTATE}`,
        retryAfterSeconds: null,
      };
    }
    if (/spend limit/i.test(message)) {
      return {
        layer: 'quota',
        code: type ?? 'rate_limit_error',
        action: `A workspace spend limit is reached: raise it in the Claude Console. Retrying will not help. ${NO_ROTATE}`,
        retryAfterSeconds: null,
      };
    }
    return rateLimited(retry, type ?? 'rate_limit_error', 'the headers show which limit');
  }
  if (status === 529 || status >= 500) return outage(type ?? String(status), retry);
  return unexpected('Anthropic', status, type, message);
}
