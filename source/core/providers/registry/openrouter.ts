import {planOpenRouterCalls} from '../calls/openrouter.js';
import {openrouter as diagnose, NO_ENDPOINT_FOR_REQUEST} from '../diagnose/openrouter.js';
import {errorOf, isBody} from './error-body.js';
import type {ProviderSpec} from './spec.js';

const BILLING_PAGE = 'https://openrouter.ai/settings/credits';

/** Its wrapper for an upstream failure with the upstream's status said beside it in plain text. */
function besideProviderError(status: string): RegExp {
  return new RegExp(
    `\\b${status}\\b[^\\n]{0,40}Provider returned error|Provider returned error[^\\n]{0,40}\\b${status}\\b`,
    'i',
  );
}

export const openrouter = {
  id: 'openrouter',
  name: 'OpenRouter',
  keyVariables: ['OPENROUTER_API_KEY'],
  credentialVariables: ['OPENROUTER_API_KEY'],
  keyPage: 'https://openrouter.ai/settings/keys',
  billingPage: BILLING_PAGE,
  keyShapes: [
    {
      kind: 'api-key',
      label: 'OpenRouter key (sk-or-v1-)',
      prefixes: ['sk-or-v1-'],
      start: /sk-or-v1-/,
      full: /sk-or-v1-[0-9a-f]{64}/,
      minLength: 73,
      maxLength: 73,
      inText: {chars: /[A-Za-z0-9]/, min: 8},
      sample: `sk-or-v1-${'0123456789abcdef'.repeat(4)}`,
    },
  ],
  byok: true,
  // Cursor has no OpenRouter field: its key goes in the OpenAI field.
  ridesField: {
    field: 'openai',
    baseUrl: 'https://openrouter.ai/api/v1',
    reaches: (url) => (url && /openrouter\.ai/i.test(url) ? 'OpenRouter' : null),
  },
  hosts: /\bopenrouter\.ai/i,
  apiHost: /^openrouter\.ai$/i,
  ownDomains: /(?:^|\.)openrouter\.ai$/i,
  bannerNames: [],
  textNames: /\bOpenRouter\b/i,
  errorBody: {
    // A numeric code and no type, often with `user_id` or the upstream's `metadata`; Gemini's has
    // a numeric code too, with its status word.
    matches: (body) => {
      const error = errorOf(body);
      if (error === null || typeof error.status === 'string') return false;
      return (
        'user_id' in body ||
        isBody(error.metadata) ||
        (typeof error.code === 'number' && !('type' in error))
      );
    },
    impliedStatus: () => null,
  },
  errorTexts: {
    texts: [
      {
        pattern: /"?\bUser not found\.?"?|No (?:cookie )?auth credentials found/i,
        layers: ['provider-key'],
        action: {advice: 'replace-key'},
      },
      {
        pattern: /requires more credits|can only afford|Insufficient credits/i,
        layers: ['quota'],
        action: {advice: 'add-credit'},
      },
      {
        pattern: /free-models-per-day|Rate limit exceeded: /i,
        layers: ['rate-limit', 'quota'],
        action: {
          advice: 'wait',
          after: `Free-model daily limits reset once a day; credits raise them (${BILLING_PAGE}).`,
        },
      },
      {
        // A free model's upstream throttled everyone at once: waiting is the fix, or an own key.
        pattern: /rate-limited upstream/i,
        layers: ['rate-limit'],
        action: {
          advice: 'wait',
          after: `A free model's upstream limits all its users together: retry shortly, or add your own provider key in OpenRouter's integrations settings.`,
        },
      },
      {
        // No provider of the model takes a feature the request uses ("… that support tool use").
        pattern: NO_ENDPOINT_FOR_REQUEST,
        layers: ['request'],
        action:
          'No provider of this model on OpenRouter accepts a feature this request uses (tools, tool_choice, images, a parameter): turn it off, or pick a model whose providers support it.',
      },
      {
        // The wrapper with the status said beside it in plain text: the status picks the layer.
        pattern: besideProviderError('429'),
        layers: ['rate-limit'],
        action: {advice: 'wait'},
      },
      {
        pattern: besideProviderError('5\\d\\d'),
        layers: ['provider-outage'],
        action:
          'The upstream provider behind OpenRouter failed: retry, or pick another provider or model; nothing to fix on your side.',
      },
      {
        // The upstream no longer serves the model under that route (r-openrouter-2).
        pattern: besideProviderError('404'),
        layers: ['model'],
        action:
          'The provider behind OpenRouter no longer serves this model (a free variant withdrawn, a model retired): pick another model or provider on openrouter.ai/models.',
      },
      {
        // Its wrapper for any upstream failure: alone it names no layer; the status picks one.
        pattern: /Provider returned error(?!:[^\S\n]{0,3}[A-Za-z])/i,
        layers: ['unknown', 'request', 'provider-outage'],
        action:
          'The upstream provider behind OpenRouter refused or failed this request, without saying why here. A 400 means this request (context, parameter, tool), a 5xx the provider: retry, or pick another provider or model. Share next: the status and the "raw" metadata of the error.',
      },
    ],
  },
  answerFields: {list: 'data', completion: 'choices'},
  diagnose,
  baseUrl: {
    variable: 'OPENROUTER_BASE_URL',
    default: 'https://openrouter.ai/api/v1',
    endsInV1: true,
    expectedHost: {
      pattern: /openrouter\.ai$/i,
      line: (host, variable) => `${variable} points at ${host}, not openrouter.ai`,
    },
  },
  defaultModel: 'openai/gpt-4o-mini',
  calls: planOpenRouterCalls,
  models: {
    // `vendor/model`, whatever the vendor: the router's names hold other providers' names.
    names: /^[a-z0-9-]+\/[a-z0-9]/,
    namesWin: true,
    family: null,
    // Free, and needs no key.
    lookup: {
      path: (model) => `/models/${model.split('/').map(encodeURIComponent).join('/')}/endpoints`,
      page: 'openrouter.ai/models',
    },
  },
} as const satisfies ProviderSpec;
