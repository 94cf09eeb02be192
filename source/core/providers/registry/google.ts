import {planGeminiCalls} from '../calls/google.js';
import {DOUBLED_KEY, gemini as diagnose, keyTypeRejected} from '../diagnose/gemini.js';
import {errorOf} from './error-body.js';
import type {ProviderSpec} from './spec.js';

const BILLING_PAGE = 'https://aistudio.google.com/usage';

export const google = {
  id: 'google',
  name: 'Google Gemini',
  // The Gen AI SDK prefers GOOGLE_API_KEY when both are set.
  keyVariables: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'],
  credentialVariables: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'],
  keyPage: 'https://aistudio.google.com/apikey',
  billingPage: BILLING_PAGE,
  keyShapes: [
    {
      kind: 'api-key',
      label: 'Google API key (AIza)',
      prefixes: ['AIza'],
      start: /AIza/,
      full: /AIza[\w-]{35}/,
      minLength: 39,
      maxLength: 39,
      inText: {chars: /[A-Za-z0-9_-]/, min: 20},
      sample: `AIza${'Sy7_'.repeat(8)}abc`,
      // Announced for September 2026; whether Google enforces it for every key is not known.
      retiring: {
        why: 'a standard key, the kind Google announced it would stop accepting in September 2026',
        instead: 'create a new key in AI Studio (it starts with AQ.)',
      },
    },
    {
      kind: 'api-key',
      label: 'Google AI Studio auth key (AQ.)',
      prefixes: ['AQ.'],
      start: /[AI]Q\./,
      full: /[AI]Q\.[A-Za-z0-9_.-]{20,}/,
      minLength: 23,
      maxLength: 400,
      // Short starts that ordinary words end in ("FAQ."). Google publishes no format: any capital
      // before "Q." is masked.
      inText: {chars: /[A-Za-z0-9_.-]/, min: 16, wordStart: true, start: /[A-Z]Q\./},
      sample: `AQ.${'Ab8_'.repeat(10)}`,
    },
  ],
  byok: true,
  cursorField: {
    name: 'Google API Key',
    baseUrlLabel: 'Google API Key base URL',
    stored: {
      in: 'rows',
      plain: ['cursorAuth/googleKey'],
      encrypted: ['secret://cursorAuth/googleKey'],
      toggles: ['useGoogleKey'],
      baseUrl: null,
    },
  },
  hosts:
    /generativelanguage\.googleapis\.com|ai\.google\.dev|\bai\.dev\/|developers\.generativeai\.google/i,
  apiHost: /^generativelanguage\.googleapis\.com$/i,
  ownDomains: /(?:^|\.)(?:googleapis\.com|google\.com|google\.dev|ai\.dev)$/i,
  bannerNames: [],
  textNames: /\bGemini\b|\bGoogle ?AI\b|\bVertex\b/i,
  errorBody: {
    // `{"error":{"code":400,"message":…,"status":"INVALID_ARGUMENT"}}`: the status is in the body.
    matches: (body) => {
      const error = errorOf(body);
      return typeof error?.status === 'string' && typeof error.code === 'number';
    },
    impliedStatus: () => null,
  },
  errorTexts: {
    texts: [
      {
        // A rejected key type under a misleading OAuth wording (providers.md P1): the key prefix,
        // unknown in a pasted text, tells a retired AIza key from an unusable AQ. one.
        pattern:
          /ACCESS_TOKEN_TYPE_UNSUPPORTED|Expected OAuth ?2 access token|API keys are not supported by this API/i,
        layers: ['provider-key'],
        action: keyTypeRejected('', null).action,
        code: 'ACCESS_TOKEN_TYPE_UNSUPPORTED',
      },
      {
        pattern: /Multiple authentication credentials received/i,
        layers: ['request', 'base-url'],
        action: DOUBLED_KEY,
        code: 'INVALID_ARGUMENT',
      },
      {
        // Key-level ErrorInfo reasons and their words: the key itself is bad, whatever status says.
        pattern:
          /API key not valid|API_KEY_INVALID|API key expired|API_KEY_EXPIRED|CONSUMER_SUSPENDED|Consumer '?api_key:\S{0,200}? has been suspended/i,
        layers: ['provider-key'],
        action: {advice: 'replace-key', after: 'Gemini answers 400 for a bad or expired key.'},
        code: 'API_KEY_INVALID',
      },
      {
        pattern: /unregistered callers/i,
        layers: ['provider-key'],
        action:
          'No Gemini key was sent. Set GOOGLE_API_KEY or GEMINI_API_KEY (or paste it in Cursor Settings > Models > Google).',
        code: 'PERMISSION_DENIED',
      },
      {
        pattern: /reported as leaked/i,
        layers: ['provider-key'],
        action: {advice: 'replace-key', before: 'Google disabled this key because it leaked.'},
        code: 'PERMISSION_DENIED',
      },
      {
        pattern:
          /has not been used in project|SERVICE_DISABLED|\bConsumer\b[^\n]{0,200}? has been suspended|project has been denied access/i,
        layers: ['provider-permission'],
        action:
          "The key's Google project cannot use the Gemini API: enable the Generative Language API for it, or use a key from another project (https://aistudio.google.com/apikey).",
        code: 'PERMISSION_DENIED',
      },
      {
        pattern: /is not found for API version|not supported for generateContent/i,
        layers: ['model'],
        action:
          'That Gemini model name is retired or wrong. Pick one from ListModels (GET /v1beta/models) and update Cursor Settings > Models.',
        code: 'NOT_FOUND',
      },
      {
        pattern: /RESOURCE_EXHAUSTED|Resource has been exhausted/i,
        layers: ['rate-limit', 'quota'],
        action: `Wait as Gemini asks (RetryInfo), then retry. A "limit: 0" or per-day quota will not clear soon: enable billing at ${BILLING_PAGE}.`,
        code: 'RESOURCE_EXHAUSTED',
      },
      {
        pattern: /exceeded your current quota/i,
        layers: ['quota'],
        action: {
          advice: 'add-credit',
          after: 'If it clears within a minute, it was a per-minute limit instead.',
        },
        shared: true,
      },
    ],
  },
  answerFields: {list: 'models', completion: 'candidates'},
  diagnose,
  baseUrl: {
    variable: 'GOOGLE_GEMINI_BASE_URL',
    default: 'https://generativelanguage.googleapis.com',
  },
  defaultModel: 'gemini-2.5-flash',
  calls: planGeminiCalls,
  models: {
    small: /flash|lite/,
    names: /^(?:models\/)?gemini|^gemma/,
    family: /^gemini-/,
    // Cursor's own old Verify model, gemini-1.0-pro, is the classic case.
    retired: {
      pattern:
        /^(?:models\/)?gemini-(?:1\.0-pro|pro|pro-vision|1\.5-(?:pro|flash)(?:-8b)?)(?:-\d+|-latest)?$/,
      use: 'gemini-2.5-flash',
    },
    note: "note: Cursor's old Verify button called gemini-1.0-pro, which is retired; a 404 from Verify does not mean the key is bad",
  },
} as const satisfies ProviderSpec;
