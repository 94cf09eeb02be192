// OpenRouter: plain HTTP codes, also embedded in a 200 when the error came mid-generation.
import {secondsUntilEpochMs} from '../rate-limit.js';
import {field, NO_ROTATE, outage, rateLimited, text, unexpected} from './common.js';
import type {Reading, Verdict} from './common.js';

const ACCOUNT_SETTINGS =
  /data policy|guardrail|settings\/privacy|\(account settings\)|ignored providers|providers have been ignored|No allowed providers|providers? (?:permitted|allowed) by your (?:account|settings)/i;

/** No provider of the model serves what this request asks for (a feature or a parameter). */
export const NO_ENDPOINT_FOR_REQUEST =
  /No endpoints found that (?:support|can handle the requested parameters)/i;

export function openrouter({status: httpStatus, json, message, retry, headers}: Reading): Verdict {
  const embedded = Number(field(json, 'error', 'code'));
  // Errors after generation starts arrive as HTTP 200 with the real code in the body.
  const status = httpStatus === 200 && Number.isFinite(embedded) ? embedded : httpStatus;
  const base = ((): Verdict => {
    if (status === 401) {
      return /No (?:cookie )?auth credentials/i.test(message)
        ? {
            layer: 'provider-key',
            code: '401',
            action: 'No key reached OpenRouter: send it as Authorization: Bearer.',
          }
        : {
            layer: 'provider-key',
            code: '401',
            action:
              'OpenRouter does not know the key (deleted, disabled or mistyped): create one at openrouter.ai/settings/keys.',
          };
    }
    if (status === 402) {
      return {
        layer: 'quota',
        code: '402',
        action: `Out of credits (or the key's own limit is reached): add credits at openrouter.ai/settings/credits or raise the key limit. ${NO_ROTATE}`,
      };
    }
    // The account's own routing settings (data policy, guardrails, ignored providers) leave no
    // endpoint to serve the model, whatever status carries it.
    if (ACCOUNT_SETTINGS.test(message)) {
      return {
        layer: 'provider-permission',
        code: String(status),
        alsoPossible: ['model'],
        action:
          "The OpenRouter account's settings exclude every provider of this model (data policy, guardrails, ignored providers): allow them at openrouter.ai/settings/privacy or /settings/preferences, or pick another model.",
      };
    }
    // Its documented 403: the model requires moderation and the input was flagged.
    if (status === 403 && /flagged|moderation/i.test(message)) {
      return {
        layer: 'request',
        code: '403',
        action:
          'The moderation of this model flagged the input: rephrase it, or pick a model without moderation. The key is fine.',
      };
    }
    if (status === 403) {
      return {
        layer: 'provider-permission',
        code: '403',
        action:
          'OpenRouter refused the request (moderation, guardrail or key restrictions): see the message.',
      };
    }
    if (
      /matching your data policy|privacy settings|excluded by your (?:account|privacy) settings/i.test(
        message,
      )
    ) {
      return {
        layer: 'provider-permission',
        code: String(status),
        action:
          'Your OpenRouter privacy settings exclude every provider of this model: allow them at https://openrouter.ai/settings/privacy, or pick another model.',
      };
    }
    if ((status === 404 || status === 400) && NO_ENDPOINT_FOR_REQUEST.test(message)) {
      return {
        layer: 'request',
        code: String(status),
        action:
          'No provider of this model accepts a feature this request uses (tools, tool_choice, images, a parameter): turn it off, or pick a model whose providers support it.',
      };
    }
    // Its API answers 404 only for a model it cannot route (l-openrouter-4, r-openrouter-6); a
    // wrong path on its host is an HTML page, left to the base-URL reading.
    if (
      (status === 404 && !/<html|<!doctype/i.test(message)) ||
      (status === 400 && /model|endpoints found/i.test(message))
    ) {
      return {
        layer: 'model',
        code: String(status),
        action:
          'OpenRouter has no such model (or no provider serves it): check the id on openrouter.ai/models.',
      };
    }
    if (status === 429) {
      const reset = text(field(json, 'error', 'metadata', 'headers', 'X-RateLimit-Reset'));
      const wait = retry ?? (reset ? secondsUntilEpochMs(reset, headers) : null);
      if (/per-day|per day/i.test(message)) {
        return {
          layer: 'quota',
          code: '429',
          action: `The daily free-model allowance is used up: add credits to raise it, or wait for the daily reset. ${NO_ROTATE}`,
          retryAfterSeconds: wait,
        };
      }
      return rateLimited(wait, '429', 'OpenRouter or its upstream is limiting requests');
    }
    if (status === 408 || status === 502 || status === 503 || status >= 500)
      return outage(String(status), retry);
    return unexpected('OpenRouter', status, String(status), message);
  })();
  return status !== httpStatus ? {...base, status} : base;
}
