// The providers' cheat sheet as code: one HTTP response in, the layer it belongs to out.
// Shared with the classifier (`classify`), so its name and signature are a stable interface.
import {STEP_OF_LAYER, type Diagnosis} from '../diagnosis.js';
import type {Layer, Provider} from '../vocabulary.js';
import {parseDuration, retryAfterFromHeaders, secondsUntilEpochMs} from './rate-limit.js';

export interface ProviderResponse {
  provider: Provider;
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
}

interface Verdict {
  layer: Layer;
  code: string | null;
  action: string;
  alsoPossible?: Layer[];
  retryAfterSeconds?: number | null;
  /** A status to report instead of the HTTP one (OpenRouter's 200 carrying an error). */
  status?: number;
}

const NO_ROTATE = 'Do not rotate the key: it is fine.';

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const name of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Every message-ish string in the body, for matching when the code is not enough. */
function messageOf(json: unknown, body: string): string {
  const message =
    text(field(json, 'error', 'message')) ||
    text(field(json, 'message')) ||
    text(field(json, 'Message'));
  return message || body.slice(0, 500);
}

/** The retry wait in "Please retry in 38.86s" / "try again in 644ms" / "retry after 20 seconds". */
function retryFromMessage(message: string): number | null {
  const duration = /(?:retry|try again) in (\d+(?:\.\d+)?(?:ms|s|m))\b/i.exec(message);
  if (duration?.[1]) {
    const seconds = parseDuration(duration[1]);
    if (seconds !== null) return Math.ceil(seconds);
  }
  const after = /retry after (\d+) seconds?/i.exec(message);
  return after?.[1] ? Number(after[1]) : null;
}

function rateLimited(retryAfter: number | null, code: string | null, what: string): Verdict {
  const wait =
    retryAfter !== null ? `Wait ${retryAfter} s (the provider's retry-after)` : 'Wait a minute';
  return {
    layer: 'rate-limit',
    code,
    action: `${wait}, then retry once; ${what}. ${NO_ROTATE}`,
    retryAfterSeconds: retryAfter,
  };
}

function outage(code: string | null, retryAfter: number | null): Verdict {
  return {
    layer: 'provider-outage',
    code,
    action: `The provider is overloaded or failing: wait and try again later; nothing to fix on this side.`,
    retryAfterSeconds: retryAfter,
  };
}

function openai(status: number, json: unknown, message: string, retry: number | null): Verdict {
  const code = text(field(json, 'error', 'code')) || null;
  const type = text(field(json, 'error', 'type')) || null;
  if (status === 401) {
    if (code === 'missing_scope' || /insufficient permissions|missing scopes/i.test(message)) {
      return {
        layer: 'provider-permission',
        code: code ?? 'missing_scope',
        action:
          'The key is restricted and lacks a scope (e.g. model.request): edit its permissions at platform.openai.com/api-keys, or create an unrestricted key.',
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
      };
    }
    return rateLimited(
      retry ?? retryFromMessage(message),
      code ?? 'rate_limit_exceeded',
      'this is a per-minute limit',
    );
  }
  if (status >= 500) return outage(code ?? String(status), retry);
  return {
    layer: 'unknown',
    code: code ?? type,
    action: `OpenAI answered ${status}: ${message.slice(0, 160)}`,
  };
}

function anthropic(status: number, json: unknown, message: string, retry: number | null): Verdict {
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
    return {
      layer: 'unknown',
      code: type,
      action: `Anthropic answered 400: ${message.slice(0, 160)}`,
    };
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
  return {
    layer: 'unknown',
    code: type,
    action: `Anthropic answered ${status}: ${message.slice(0, 160)}`,
  };
}

function geminiDetails(json: unknown): Record<string, unknown>[] {
  const details = field(json, 'error', 'details');
  return Array.isArray(details)
    ? (details.filter((d) => d && typeof d === 'object') as Record<string, unknown>[])
    : [];
}

function gemini(status: number, json: unknown, message: string, retry: number | null): Verdict {
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
  return {
    layer: 'unknown',
    code: canonical,
    action: `Google answered ${status}: ${message.slice(0, 160)}`,
  };
}

function openrouter(
  httpStatus: number,
  json: unknown,
  message: string,
  retry: number | null,
  headers: Readonly<Record<string, string>>,
): Verdict {
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
    if (status === 403) {
      return {
        layer: 'provider-permission',
        code: '403',
        action:
          'OpenRouter refused the request (moderation, guardrail or key restrictions): see the message.',
      };
    }
    if ((status === 404 || status === 400) && /model|endpoints found/i.test(message)) {
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
    return {
      layer: 'unknown',
      code: String(status),
      action: `OpenRouter answered ${status}: ${message.slice(0, 160)}`,
    };
  })();
  return status !== httpStatus ? {...base, status} : base;
}

function azure(status: number, json: unknown, message: string, retry: number | null): Verdict {
  const code = text(field(json, 'error', 'code')) || null;
  if (status === 401) {
    if (code === 'PermissionDenied' || /lacks the required data action/i.test(message)) {
      return {
        layer: 'provider-permission',
        code,
        action:
          'The identity lacks the Cognitive Services OpenAI User role on the resource: grant it in Azure IAM.',
      };
    }
    return {
      layer: 'provider-key',
      code: code ?? '401',
      action:
        "Azure rejects the key for this endpoint: copy Key 1 from the resource's Keys and Endpoint page, and check that AZURE_OPENAI_ENDPOINT is that same resource.",
      alsoPossible: ['base-url'],
    };
  }
  if (status === 403) {
    return {
      layer: 'provider-permission',
      code,
      action: /private endpoint|public access/i.test(message)
        ? 'The resource only accepts traffic from a private endpoint or allowed network; Cursor calls from its own servers.'
        : 'The key is valid but not allowed: check the resource network rules and roles.',
    };
  }
  if (status === 404) {
    if (code === 'DeploymentNotFound' || /deployment/i.test(message)) {
      return {
        layer: 'model',
        code: code ?? 'DeploymentNotFound',
        action:
          'No deployment of that name in this resource: use the deployment name (not the model name), or create it.',
      };
    }
    return {
      layer: 'base-url',
      code: code ?? '404',
      action: 'Resource not found: check AZURE_OPENAI_ENDPOINT and OPENAI_API_VERSION.',
    };
  }
  if (status === 429) {
    const wait = retry ?? retryFromMessage(message);
    if ((wait !== null && wait >= 3600) || /aka\.ms\/429TrialUpgrade|Free Account/i.test(message)) {
      return {
        layer: 'quota',
        code: code ?? '429',
        action: `The deployment's quota is used up for the day (retry after ${wait ?? '?'} s): raise its TPM quota in Azure AI Foundry or upgrade the subscription. ${NO_ROTATE}`,
        retryAfterSeconds: wait,
      };
    }
    return rateLimited(wait, code ?? '429', "the deployment's tokens-per-minute limit");
  }
  if (status >= 500) return outage(code ?? String(status), retry);
  return {layer: 'unknown', code, action: `Azure answered ${status}: ${message.slice(0, 160)}`};
}

function bedrockCode(headers: Readonly<Record<string, string>>, json: unknown): string | null {
  const header = headers['x-amzn-errortype'];
  if (header) return header.split(':')[0] ?? null;
  const type = text(field(json, '__type')) || text(field(json, 'code'));
  return type ? (type.split('#').at(-1) ?? null) : null;
}

function bedrock(
  status: number,
  json: unknown,
  message: string,
  retry: number | null,
  headers: Readonly<Record<string, string>>,
): Verdict {
  const code = bedrockCode(headers, json);
  switch (code) {
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'SignatureDoesNotMatch':
    case 'IncompleteSignatureException':
    case 'MissingAuthenticationTokenException':
    case 'InvalidClientTokenId':
      return {
        layer: 'provider-key',
        code,
        action:
          code === 'InvalidSignatureException' || code === 'SignatureDoesNotMatch'
            ? 'The secret access key does not belong to the access key id: copy both again from the same IAM key.'
            : 'AWS does not recognise the access key (deleted, inactive or mistyped): create a new IAM access key.',
      };
    case 'ExpiredTokenException':
      return {
        layer: 'provider-key',
        code,
        action:
          'The temporary credentials have expired: refresh them (aws sso login, or new STS credentials).',
      };
    case 'AccessDeniedException':
      if (/access to the model/i.test(message)) {
        return {
          layer: 'model',
          code,
          action:
            'This account has no access to that model: request it in the Bedrock console under Model access.',
          alsoPossible: ['provider-permission'],
        };
      }
      return {
        layer: 'provider-permission',
        code,
        action: /aws-marketplace/i.test(message)
          ? 'The identity cannot subscribe to the model in AWS Marketplace: grant aws-marketplace:Subscribe/ViewSubscriptions, then retry after 5 minutes.'
          : 'IAM denies the action: allow bedrock:InvokeModel (and bedrock:ListFoundationModels) for this identity.',
      };
    case 'ValidationException':
      if (/inference profile/i.test(message)) {
        return {
          layer: 'model',
          code,
          action:
            'This model needs an inference profile id: use e.g. us.<model id> instead of the bare model id.',
        };
      }
      if (/model identifier is invalid|model/i.test(message)) {
        return {
          layer: 'model',
          code,
          action: 'The model id is not valid in this region: check it in the Bedrock console.',
        };
      }
      return {
        layer: 'unknown',
        code,
        action: `Bedrock rejected the request: ${message.slice(0, 160)}`,
      };
    case 'ResourceNotFoundException':
      return {
        layer: 'model',
        code,
        action: /use case/i.test(message)
          ? "Submit the model's use-case form in the Bedrock console (Model access)."
          : 'That model is not available (end of life or not in this region): pick another model.',
      };
    case 'ThrottlingException':
      if (/per day/i.test(message)) {
        return {
          layer: 'quota',
          code,
          action: `The daily token quota is used up: wait for the reset or ask for a quota increase in Service Quotas. ${NO_ROTATE}`,
          retryAfterSeconds: retry,
        };
      }
      return rateLimited(retry, code, 'Bedrock throttles this account and model');
    case 'ServiceQuotaExceededException':
      return {
        layer: 'quota',
        code,
        action: `A service quota is exceeded: request an increase in Service Quotas. ${NO_ROTATE}`,
      };
    case 'ServiceUnavailableException':
    case 'InternalServerException':
    case 'ModelErrorException':
    case 'ModelTimeoutException':
    case 'ModelNotReadyException':
      return outage(code, retry);
  }
  if (status === 403 && /API Key/i.test(message)) {
    return {
      layer: 'provider-key',
      code: code ?? '403',
      action: /format/i.test(message)
        ? 'That is not a Bedrock API key (it must start with ABSK or be a short-term key): generate one in the Bedrock console.'
        : 'Bedrock rejects the API key (invalid, expired, or made for another region): generate a new one.',
    };
  }
  if (status === 403)
    return {
      layer: 'provider-permission',
      code,
      action: 'AWS denies the request: check IAM and the region.',
    };
  if (status === 429) return rateLimited(retry, code, 'Bedrock throttles this account');
  if (status >= 500) return outage(code ?? String(status), retry);
  return {layer: 'unknown', code, action: `Bedrock answered ${status}: ${message.slice(0, 160)}`};
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
  const message = messageOf(json, body);
  const retry = retryAfterFromHeaders(headers);
  let verdict: Verdict;
  if (isSuccessResponse(input)) {
    verdict = {
      layer: 'unknown',
      code: null,
      action: 'The provider accepted the request: nothing to fix at this layer.',
    };
  } else {
    switch (provider) {
      case 'openai':
        verdict = openai(status, json, message, retry);
        break;
      case 'anthropic':
        verdict = anthropic(status, json, message, retry);
        break;
      case 'google':
        verdict = gemini(status, json, message, retry);
        break;
      case 'openrouter':
        verdict = openrouter(status, json, message, retry, headers);
        break;
      case 'azure':
        verdict = azure(status, json, message, retry);
        break;
      case 'bedrock':
        verdict = bedrock(status, json, message, retry, headers);
        break;
      case 'cursor':
        verdict = {layer: 'unknown', code: null, action: `Cursor answered ${status}.`};
        break;
    }
  }
  return {
    layer: verdict.layer,
    step: STEP_OF_LAYER[verdict.layer],
    provider,
    httpStatus: verdict.status ?? status,
    code: verdict.code,
    action: verdict.action,
    alsoPossible: verdict.alsoPossible ?? [],
    retryAfterSeconds: verdict.retryAfterSeconds ?? (verdict.layer === 'rate-limit' ? retry : null),
  };
}
