import {planOpenAiCalls} from '../calls/openai.js';
import {
  DEACTIVATED_ACCOUNT,
  openai as diagnose,
  LEGACY_KEY_ACTION,
  LEGACY_KEY_ECHO,
  LEGACY_KEY_MARK,
  LEGACY_KEY_REFUSED,
  PLACEHOLDER_KEY_ACTION,
  PLACEHOLDER_KEY_REFUSED,
} from '../diagnose/openai.js';
import type {KeyShape} from './key-shape.js';
import {type Body, errorOf, stringAt} from './error-body.js';
import type {ProviderSpec} from './spec.js';

// The status each documented error code travels with.
const STATUS_OF_CODE: Record<string, number> = {
  invalid_api_key: 401,
  mismatched_organization: 401,
  missing_scope: 401,
  unsupported_country_region_territory: 403,
  model_not_found: 404,
  insufficient_quota: 429,
  rate_limit_exceeded: 429,
};

function impliedStatus(body: Body): number | null {
  const code = stringAt(body, 'error', 'code') ?? stringAt(body, 'error', 'type');
  if (code && STATUS_OF_CODE[code]) return STATUS_OF_CODE[code]!;
  // The missing-key body has `code: null`; its message is the only sign.
  return /didn't provide an API key/i.test(stringAt(body, 'error', 'message') ?? '') ? 401 : null;
}

// Project, service-account and admin keys: 74 or 58 characters, then "T3BlbkFJ" (base64 of
// "OpenAI"), then 74 or 58 more. Legacy user keys: 20, "T3BlbkFJ", 20.
const BODY =
  '(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})';
const LEGACY_BODY = '[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}';
// The fallback sk- shape masks every sk- run of this length anyway.
const IN_TEXT = {chars: /[A-Za-z0-9_-]/, min: 16};
const SAMPLE_BODY = `${'Pj4_'.repeat(14)}abT3BlbkFJ${'Zq9-'.repeat(14)}cd`;

// sk-None-: a user key made in an organisation but not tied to a project. The samples in public
// code have the legacy body (20 + T3BlbkFJ + 20 characters), 56 characters in all.
const PROJECT_KINDS = [
  ['proj', 'project'],
  ['svcacct', 'service account'],
  ['service', 'service account'],
  ['None', 'user (no project)'],
] as const;

const projectKeyShapes = PROJECT_KINDS.map(([kind, what]): KeyShape => ({
  kind: 'api-key',
  label: `OpenAI ${what} key (sk-${kind}-)`,
  prefixes: [`sk-${kind}-`],
  start: new RegExp(`sk-${kind}-`),
  full: new RegExp(`sk-${kind}-(?:${BODY}${kind === 'None' ? `|${LEGACY_BODY}` : ''})`),
  minLength: kind === 'None' ? 8 + 48 : kind.length + 4 + 124,
  maxLength: kind.length + 4 + 156,
  inText: IN_TEXT,
  sample: `sk-${kind}-${SAMPLE_BODY}`,
}));

export const openai = {
  id: 'openai',
  name: 'OpenAI',
  keyVariables: ['OPENAI_API_KEY'],
  credentialVariables: ['OPENAI_API_KEY', 'OPENAI_ADMIN_KEY'],
  keyPage: 'https://platform.openai.com/api-keys',
  billingPage: 'https://platform.openai.com/settings/organization/billing',
  keyShapes: [
    {
      kind: 'admin-key',
      label: 'OpenAI admin key (sk-admin-)',
      prefixes: ['sk-admin-'],
      start: /sk-admin-/,
      full: new RegExp(`sk-admin-${BODY}`),
      minLength: 9 + 124,
      maxLength: 9 + 156,
      inText: IN_TEXT,
      sample: `sk-admin-${SAMPLE_BODY}`,
    },
    ...projectKeyShapes,
    {
      kind: 'api-key',
      label: 'OpenAI legacy user key (sk-)',
      prefixes: ['sk-'],
      start: /sk-[A-Za-z0-9]{20}T3BlbkFJ/,
      full: new RegExp(`sk-${LEGACY_BODY}`),
      minLength: 51,
      maxLength: 51,
      inText: IN_TEXT,
      sample: `sk-${'Lg5x'.repeat(5)}T3BlbkFJ${'Mh6y'.repeat(5)}`,
    },
    {
      // Other vendors (DeepSeek, proxies) use sk- too, so a bare sk- key is only probably OpenAI.
      kind: 'api-key',
      label: 'sk- key of unknown kind',
      prefixes: ['sk-'],
      start: /sk-/,
      full: /sk-[A-Za-z0-9_-]{20,}/,
      minLength: 23,
      maxLength: 400,
      inText: IN_TEXT,
      fallback: true,
      sample: `sk-${'Gn7_'.repeat(8)}`,
    },
  ],
  byok: true,
  cursorField: {
    name: 'OpenAI API Key',
    baseUrlLabel: 'Override OpenAI Base URL',
    stored: {
      in: 'rows',
      plain: ['cursorAuth/openAIKey'],
      encrypted: ['secret://cursorAuth/openAIKey'],
      toggles: ['useOpenAIKey'],
      baseUrl: 'openAIBaseUrl',
    },
  },
  hosts: /\bapi\.openai\.com|platform\.openai\.com/i,
  apiHost: /^api\.openai\.com$/i,
  ownDomains: /(?:^|\.)(?:openai\.com|chatgpt\.com)$/i,
  bannerNames: [],
  textNames: /\bOpen ?AI\b(?![- ]compatible)/i,
  errorBody: {
    // The shape every OpenAI-compatible server copies; Anthropic's differs by its top-level type.
    matches: (body) => {
      const error = errorOf(body);
      // A relay gateway's own error type (one-api's, new-api's) is its words, not OpenAI's.
      return (
        error !== null &&
        ('param' in error || 'type' in error) &&
        body.type !== 'error' &&
        !/^(?:one|new)_api_error$/.test(String(error.type ?? ''))
      );
    },
    impliedStatus,
  },
  errorTexts: {
    keyEchoes: [{pattern: LEGACY_KEY_ECHO, mark: LEGACY_KEY_MARK}],
    texts: [
      {
        pattern: PLACEHOLDER_KEY_REFUSED,
        layers: ['base-url'],
        action: PLACEHOLDER_KEY_ACTION,
        code: 'invalid_api_key',
      },
      {
        // Only the base URL: the fix order puts the key before it, and the action names the key.
        pattern: LEGACY_KEY_REFUSED,
        layers: ['base-url'],
        action: LEGACY_KEY_ACTION,
        code: 'invalid_api_key',
      },
      {
        pattern: /Incorrect API key provided|\binvalid_api_key\b/i,
        layers: ['provider-key'],
        action: {advice: 'replace-key'},
        code: 'invalid_api_key',
      },
      {
        pattern: /You didn't provide an API key|Missing credentials\. Please pass an `apiKey`/i,
        layers: ['provider-key'],
        action:
          'No OpenAI key was sent. Set OPENAI_API_KEY (or paste the key in Cursor Settings > Models > OpenAI).',
      },
      {
        pattern:
          /\baccount_deactivated\b|account associated with this API key has been deactivated/i,
        layers: ['provider-permission'],
        action: DEACTIVATED_ACCOUNT,
        code: 'account_deactivated',
      },
      {
        // The account barred for its use, as a deactivated one is (w-openai-7).
        pattern: /\baccess_terminated\b|access was terminated due to violation/i,
        layers: ['provider-permission', 'provider-key'],
        action:
          'OpenAI terminated this account for a policy violation: read the email OpenAI sent its owner and appeal there, or use a key from another account in good standing. A new key from the same account will not help.',
        code: 'access_terminated',
      },
      {
        pattern: /mismatched_organization|OpenAI-Organization header should match/i,
        layers: ['provider-permission'],
        action:
          "The organization sent does not own this key. Unset OPENAI_ORG_ID (or set the key's own organization).",
        code: 'mismatched_organization',
      },
      {
        // Real bodies carry "code": null; the text names the scope (providers.md P2).
        pattern: /Missing scopes?:|\bmissing_scope\b|insufficient permissions for this operation/i,
        layers: ['provider-permission'],
        action:
          'This restricted OpenAI key lacks a permission (e.g. model.request). Give it "All" or the missing scope at https://platform.openai.com/api-keys.',
      },
      {
        pattern: /\binsufficient_quota\b/i,
        layers: ['quota'],
        action: {
          advice: 'add-credit',
          after: 'API use is billed apart from a ChatGPT subscription.',
        },
        code: 'insufficient_quota',
      },
      {
        // The Batch API's queue counts tokens too: its limit frees as batches finish.
        pattern:
          /Rate limit reached for|\brate_limit_exceeded\b|Enqueued token limit reached|\btoken_limit_exceeded\b/i,
        layers: ['rate-limit'],
        action: {advice: 'wait'},
        code: 'rate_limit_exceeded',
      },
      {
        // One request bigger than the whole per-minute budget: waiting cannot make it fit.
        pattern: /Request too large for/i,
        layers: ['request', 'rate-limit'],
        action:
          'The request is larger than the per-minute token limit: shorten it or pick a model with a higher limit. Retrying as-is will not help.',
        code: 'rate_limit_exceeded',
      },
      {
        pattern: /does not exist,? or you (?:do not|don't) have access to it|\bmodel_not_found\b/i,
        layers: ['model'],
        action:
          'Pick a model this key can use: list them with GET /v1/models, and check the spelling in Cursor Settings > Models.',
        code: 'model_not_found',
      },
      // A refused region or IP reads alike at other providers (Gemini's "User location is not
      // supported" is among them), so these two leave the provider to the rest of the text.
      {
        pattern:
          /Country, region,? or territory (?:is )?not supported|Unsupported country, region,? or territory|unsupported countries, regions,? or territories|unsupported_country_region_territory|User location is not supported/i,
        layers: ['provider-permission', 'network'],
        action:
          'The provider refuses requests from this region. A VPN or proxy exit in another region also triggers it.',
        shared: true,
      },
      {
        pattern: /IP not authorized/i,
        layers: ['provider-permission', 'network'],
        action:
          'The key only accepts certain IP addresses: allow this IP in the provider console, or use the key from an allowed network.',
        shared: true,
      },
      {
        pattern:
          /The engine is currently overloaded|The server had an error while processing your request/i,
        layers: ['provider-outage'],
        action: {advice: 'provider-failing'},
      },
      // "Slow Down" is the title of OpenAI's 503, capitalised; "Too many requests, please slow
      // down" is a rate limit, so this one reads case.
      {pattern: /\bSlow Down\b/, layers: ['provider-outage'], action: {advice: 'provider-failing'}},
    ],
  },
  answerFields: {list: 'data', completion: 'choices'},
  diagnose,
  baseUrl: {
    variable: 'OPENAI_BASE_URL',
    default: 'https://api.openai.com/v1',
    endsInV1: true,
    expectedHost: {
      pattern: /^api\.openai\.com$/,
      ownKeyInField: true,
      line: (host) =>
        `an OpenAI key is sent to ${host}: only api.openai.com accepts OpenAI keys; a proxy there needs its own key`,
    },
  },
  defaultModel: 'gpt-4o-mini',
  calls: planOpenAiCalls,
  models: {
    small: /mini|nano/,
    names: /^(?:gpt|o\d|chatgpt|text-|davinci|babbage|codex)/,
    family: /^(?:gpt-|o\d|chatgpt-)/,
    // As announced on the vendor's deprecation page; extend as models retire.
    retired: {
      pattern:
        /^(?:text-davinci-\d+|code-davinci-\d+|gpt-3\.5-turbo-(?:0301|0613|16k-0613)|gpt-4-(?:0314|32k.*|vision-preview)|gpt-4\.5-preview.*)$/,
      use: 'gpt-4.1 or gpt-4o',
    },
    // Cursor's OpenAI BYOK covers only standard, non-reasoning chat models.
    notInCursor: {
      pattern: /^(?:o\d(?:-[a-z0-9-]+)?|gpt-5(?:[.-][a-z0-9.-]+)?|codex-.*)$/,
      why: "is a reasoning model: Cursor's OpenAI BYOK covers standard, non-reasoning chat models, so it does not run on this key",
    },
  },
} as const satisfies ProviderSpec;
