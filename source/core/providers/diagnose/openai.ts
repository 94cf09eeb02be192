// OpenAI: the error code and type in the body decide; the message only fills gaps.
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
import {responsesShapeRefusal} from './responses-shape.js';

/** 401 account_deactivated: the account, not the key, so a new key will not help. */
export const DEACTIVATED_ACCOUNT =
  'The OpenAI account behind this key is deactivated: read the email OpenAI sent its owner, or use a key from an active account. A new key from the same account will not help.';

/**
 * A local server's placeholder key (LM Studio "not-needed", vLLM "EMPTY", Ollama "ollama") that
 * reached OpenAI itself: the client fell back to api.openai.com because no base URL was set.
 */
export const PLACEHOLDER_KEY_REFUSED =
  /Incorrect API key provided:? ['"`]?(?:not-needed|lm-?studio|ollama|EMPTY|sk-no-key-required|no-?key)\b/i;

export const PLACEHOLDER_KEY_ACTION =
  "That key is a local server's placeholder, and it reached OpenAI itself: the base URL is not set (or not saved), so the client fell back to api.openai.com. Set the base URL to the local server, e.g. http://localhost:1234/v1.";

/**
 * OpenAI echoes a refused key masked, 8 characters, a star for each hidden one, then 4: an old
 * 51-character `sk-` key (no project prefix) shows as `sk-AbCdE` + 39 stars + `WxYz`. The router
 * marks that echo before keys are masked (its length would be lost), as `sk-legacy-****`.
 */
export const LEGACY_KEY_ECHO = /\bsk-[A-Za-z0-9]{5}\*{39}[A-Za-z0-9]{4}(?![\w*])/g;
export const LEGACY_KEY_MARK = 'sk-legacy-****';

/**
 * A well-formed key of the old sk- shape that OpenAI does not know. OpenAI has issued sk-proj-/
 * sk-svcacct- keys since 2024; the old shape is what relays and forwarding services hand out, and
 * their key reached api.openai.com because the base URL was left at OpenAI's. Studied texts of
 * this shape: d-openai-36, d-openai-37, d-wrapped-49, f-openai-4 resolved to the base URL,
 * d-openai-35 (a revoked demo key) to the key itself, which the action still names.
 */
export const LEGACY_KEY_REFUSED = /Incorrect API key provided:? ['"`{]?sk-legacy-\*{4}/i;

export const LEGACY_KEY_ACTION =
  "OpenAI refused a complete key of the old sk- shape, the kind relays and forwarding services issue. If the key came from such a service, set the base URL to that service's address (the request went to api.openai.com); if it is an OpenAI key, it was revoked: create a new one (current OpenAI keys start sk-proj-).";

export function openai({status, json, message, retry}: Reading): Verdict {
  const code = text(field(json, 'error', 'code')) || null;
  const type = text(field(json, 'error', 'type')) || null;
  const shape = status >= 400 ? responsesShapeRefusal(message) : null;
  if (shape) return {...shape, code: code ?? type};
  if (status === 401) {
    // Restricted keys: real bodies carry `code: null`; the scope is named only in the text.
    // The sentence's full stop follows the last scope ("Missing scopes: model.request.").
    const scopes = /Missing scopes:\s*([\w.]+(?:,\s*[\w.]+)*)/i
      .exec(message)?.[1]
      ?.replace(/\.$/, '');
    if (scopes || /insufficient permissions/i.test(message)) {
      return {
        layer: 'provider-permission',
        code,
        action: `The key is restricted and lacks ${scopes ? `the scope ${scopes}` : 'a scope'}: give the key that permission at platform.openai.com/api-keys (or check your role in the organisation and project), or create an unrestricted key. A key that can list models may still lack the scope to call them.`,
      };
    }
    if (code === 'account_deactivated') {
      return {
        layer: 'provider-permission',
        code,
        action: DEACTIVATED_ACCOUNT,
      };
    }
    if (code === 'mismatched_organization') {
      return {
        layer: 'provider-permission',
        code,
        action:
          'The OpenAI-Organization header names another organization: fix or unset OPENAI_ORG_ID so it matches the key.',
      };
    }
    if (/IP not authorized|not authorized to access this API from this IP/i.test(message)) {
      return {
        layer: 'provider-permission',
        code,
        action: "The project's IP allowlist blocks this address: add it in the project's settings.",
      };
    }
    if (PLACEHOLDER_KEY_REFUSED.test(message)) {
      return {layer: 'base-url', code, action: PLACEHOLDER_KEY_ACTION};
    }
    if (LEGACY_KEY_REFUSED.test(message)) {
      return {layer: 'base-url', code, action: LEGACY_KEY_ACTION};
    }
    if (/didn't provide an API key|no API key/i.test(message)) {
      return {
        layer: 'provider-key',
        code,
        action:
          'No key reached OpenAI: paste the key into Cursor Settings > Models > OpenAI API Key.',
      };
    }
    return {
      layer: 'provider-key',
      code: code ?? 'invalid_api_key',
      action:
        'OpenAI rejects the key (invalid or revoked): create a new key at platform.openai.com/api-keys and paste it again.',
    };
  }
  if (status === 403) {
    // "Project `proj_…` does not have access to model `…`": decided on the code, not the status.
    if (code === 'model_not_found') {
      return {
        layer: 'model',
        code,
        alsoPossible: ['provider-permission'],
        action:
          "This key's project may not use that model: allow the model in the project's settings (platform.openai.com > project > Limits), or pick a model the project can use.",
      };
    }
    return {
      layer: 'provider-permission',
      code: code ?? type,
      action: /country|region|territory/i.test(message)
        ? 'OpenAI does not serve this country or region.'
        : 'The key is valid but not allowed to do this: check the project, its roles and the key permissions.',
    };
  }
  if (status === 404) {
    if (code === 'model_not_found' || /model .* does not exist/i.test(message)) {
      return {
        layer: 'model',
        code: code ?? 'model_not_found',
        action:
          'The model does not exist or this key cannot use it: pick a model listed for the key.',
      };
    }
    return {
      layer: 'base-url',
      code,
      action: 'Nothing answers at that path: check the base URL (it should end in /v1).',
      alsoPossible: ['model'],
    };
  }
  if (status === 429) {
    if (type === 'insufficient_quota' || code === 'insufficient_quota') {
      return {
        layer: 'quota',
        code: 'insufficient_quota',
        action: `Out of credit: add credit or raise the budget at platform.openai.com/settings/organization/billing. Retrying will not help. ${NO_ROTATE}`,
      };
    }
    if (/request too large/i.test(message)) {
      return {
        layer: 'rate-limit',
        code: code ?? 'rate_limit_exceeded',
        action: `One request is larger than the per-minute token limit: waiting will not help; send less or move to a higher usage tier. ${NO_ROTATE}`,
        // Never retried, whatever retry-after says.
        retryAfterSeconds: null,
      };
    }
    return rateLimited(
      retry ?? retryFromMessage(message),
      code ?? 'rate_limit_exceeded',
      'this is a per-minute limit',
    );
  }
  if (status >= 500) return outage(code ?? String(status), retry);
  return unexpected('OpenAI', status, code ?? type, message);
}
