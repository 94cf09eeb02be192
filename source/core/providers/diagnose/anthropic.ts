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
    if (/OAuth/i.test(message)) {
      return {
        layer: 'provider-key',
        code: type,
        action:
          'That is a Claude subscription OAuth token, not an API key: create an API key at console.anthropic.com/settings/keys.',
      };
    }
    return {
      layer: 'provider-key',
      code: type ?? 'authentication_error',
      action:
        'Anthropic rejects the key (invalid, revoked or disabled): create a new key at console.anthropic.com/settings/keys.',
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
    if (/^model:/i.test(message) || /model/i.test(message)) {
      return {
        layer: 'model',
        code: type ?? 'not_found_error',
        action: 'Anthropic does not know that model (or retired it): pick a current model id.',
      };
    }
    return {
      layer: 'base-url',
      code: type,
      action: 'Nothing answers at that path: check ANTHROPIC_BASE_URL.',
      alsoPossible: ['provider-key'],
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
    if (detailCode === 'enforced_spend_limit_reached' || /spend limit/i.test(message)) {
      return {
        layer: 'quota',
        code: detailCode ?? 'enforced_spend_limit_reached',
        action: `The workspace spend limit is reached: raise it in the Anthropic console. Retrying will not help. ${NO_ROTATE}`,
      };
    }
    return rateLimited(retry, type ?? 'rate_limit_error', 'the headers show which limit');
  }
  if (status === 529 || status >= 500) return outage(type ?? String(status), retry);
  return unexpected('Anthropic', status, type, message);
}
