import {planAnthropicCalls} from '../calls/anthropic.js';
import {anthropic as diagnose} from '../diagnose/anthropic.js';
import {type Body, errorOf, stringAt} from './error-body.js';
import type {ProviderSpec} from './spec.js';

// The status each documented error type travels with.
const STATUS_OF_TYPE: Record<string, number> = {
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

/** `{"type":"error","error":{"type":…}}`, or its inner object alone as SDKs print it. */
function matches(body: Body): boolean {
  const error = errorOf(body);
  if (body.type === 'error' && typeof error?.type === 'string') return true;
  return typeof body.type === 'string' && body.type in STATUS_OF_TYPE && !('error' in body);
}

const KEY_CHARS = /[A-Za-z0-9_-]/;
const KEY_PAGE = 'https://console.anthropic.com/settings/keys';
const BILLING_PAGE = 'https://console.anthropic.com/settings/billing';

export const anthropic = {
  id: 'anthropic',
  name: 'Anthropic',
  keyVariables: ['ANTHROPIC_API_KEY'],
  credentialVariables: ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'CLAUDE_CODE_OAUTH_TOKEN'],
  keyPage: KEY_PAGE,
  billingPage: BILLING_PAGE,
  keyShapes: [
    {
      kind: 'admin-key',
      label: 'Anthropic admin key (sk-ant-admin01-)',
      prefixes: ['sk-ant-admin01-'],
      start: /sk-ant-admin01-/,
      full: /sk-ant-admin01-[A-Za-z0-9_-]{93}AA/,
      minLength: 110,
      maxLength: 110,
      inText: {chars: KEY_CHARS, min: 8},
      sample: `sk-ant-admin01-${'Xa7_'.repeat(23)}xAA`,
    },
    {
      kind: 'oauth-token',
      label: 'Claude Code OAuth token (sk-ant-oat01-)',
      prefixes: ['sk-ant-oat01-'],
      start: /sk-ant-o[a-z]t\d\d-/,
      full: /sk-ant-oat01-[A-Za-z0-9_-]{95}/,
      minLength: 108,
      maxLength: 108,
      inText: {chars: KEY_CHARS, min: 8},
      sample: `sk-ant-oat01-${'Ob9-'.repeat(23)}xyz`,
    },
    {
      kind: 'api-key',
      label: 'Anthropic API key (sk-ant-api03-)',
      prefixes: ['sk-ant-api03-', 'sk-ant-'],
      start: /sk-ant-api\d\d-/,
      full: /sk-ant-api03-[A-Za-z0-9_-]{93}AA/,
      minLength: 108,
      maxLength: 108,
      // Every sk-ant- kind and version, also those not recognised (Claude's sid01 session keys).
      inText: {chars: KEY_CHARS, min: 8, start: /sk-ant-[a-z]{2,6}\d{2}-/},
      sample: `sk-ant-api03-${'Ap3_'.repeat(23)}xAA`,
    },
  ],
  byok: true,
  cursorField: {
    name: 'Anthropic API Key',
    baseUrlLabel: 'Anthropic API Key base URL',
    stored: {
      in: 'rows',
      plain: ['cursorAuth/claudeKey', 'cursorAuth/anthropicKey'],
      encrypted: ['secret://cursorAuth/claudeKey', 'secret://cursorAuth/anthropicKey'],
      toggles: ['useClaudeKey', 'useAnthropicKey'],
      baseUrl: 'anthropicBaseUrl',
    },
  },
  hosts: /\bapi\.anthropic\.com|docs\.claude\.com|\banthropic\.com/i,
  apiHost: /^api\.anthropic\.com$/i,
  ownDomains: /(?:^|\.)(?:anthropic\.com|claude\.ai|claude\.com)$/i,
  bannerNames: ['Claude'],
  textNames: /\bAnthropic\b/i,
  errorBody: {
    matches,
    impliedStatus: (body) =>
      STATUS_OF_TYPE[stringAt(body, 'error', 'type') ?? stringAt(body, 'type') ?? ''] ?? null,
  },
  errorTexts: {
    // OpenAI's wordings are the broader ones (OpenAI-compatible servers copy them).
    readBefore: 'openai',
    texts: [
      {
        pattern: /invalid x-api-key/i,
        layers: ['provider-key'],
        action: {advice: 'replace-key'},
        code: 'authentication_error',
      },
      {
        pattern: /x-api-key header is required|Could not resolve authentication method/i,
        layers: ['provider-key'],
        action:
          'No Anthropic key was sent. Set ANTHROPIC_API_KEY (or paste the key in Cursor Settings > Models > Anthropic).',
        code: 'authentication_error',
      },
      {
        pattern:
          /OAuth authentication is currently not supported|only authorized for use with Claude Code/i,
        layers: ['provider-key'],
        action: `That is a Claude subscription token, not an API key. Create an API key at ${KEY_PAGE}.`,
        code: 'authentication_error',
      },
      {
        pattern:
          /OAuth authentication is currently not allowed for this organization|This organization has been disabled/i,
        layers: ['provider-permission'],
        action:
          'The Anthropic organization does not allow this. Ask its admin, or use a key from an active organization.',
      },
      {
        // On the Messages API the resource not found is the model; a wrong path reads alike.
        pattern: /\bnot_found_error\b/i,
        layers: ['model', 'base-url'],
        action:
          'Anthropic does not know this model (or path): use a current model id such as claude-sonnet-4-5, and a base URL ending at the host (https://api.anthropic.com), without /v1.',
        code: 'not_found_error',
      },
      {
        pattern: /credit balance is too low/i,
        layers: ['quota'],
        action: {advice: 'add-credit'},
        code: 'invalid_request_error',
      },
      {
        pattern: /enforced_spend_limit_reached/i,
        layers: ['quota'],
        action: `The Anthropic spend limit is reached. Raise it at ${BILLING_PAGE}; retrying will not help.`,
        code: 'enforced_spend_limit_reached',
      },
      {
        pattern: /overloaded_error|"Overloaded"|\b529\b[^\n]{0,20}Overloaded/i,
        layers: ['provider-outage'],
        action: 'Anthropic is overloaded. Wait and retry; nothing to fix on your side.',
        code: 'overloaded_error',
      },
      {
        pattern:
          /rate_limit_error|would exceed (?:your (?:account's|organization's)|the) rate limit/i,
        layers: ['rate-limit'],
        action: {advice: 'wait'},
        code: 'rate_limit_error',
      },
    ],
  },
  answerFields: {list: 'data', completion: 'content'},
  rateLimitHeaders: {
    prefix: 'anthropic-ratelimit',
    kinds: ['requests', 'tokens', 'input-tokens', 'output-tokens'],
  },
  diagnose,
  baseUrl: {variable: 'ANTHROPIC_BASE_URL', default: 'https://api.anthropic.com'},
  defaultModel: 'claude-haiku-4-5',
  calls: planAnthropicCalls,
  models: {
    small: /haiku/,
    names: /^claude/,
    family: /^claude-/,
    retired: {
      pattern:
        /^claude-(?:instant-.*|2(?:\.\d)?|3-sonnet-20240229|3-opus-20240229|3-5-sonnet-2024\d{4})$/,
      use: 'claude-sonnet-4-5',
    },
  },
} as const satisfies ProviderSpec;
