import {planGeminiCalls} from '../calls/google.js';
import {gemini as diagnose} from '../diagnose/gemini.js';
import {errorOf} from './error-body.js';
import type {ProviderSpec} from './spec.js';

export const google = {
  id: 'google',
  name: 'Google Gemini',
  // The Gen AI SDK prefers GOOGLE_API_KEY when both are set.
  keyVariables: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'],
  credentialVariables: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'],
  keyPage: 'https://aistudio.google.com/apikey',
  billingPage: 'https://aistudio.google.com/usage',
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
  hosts: /generativelanguage\.googleapis\.com|ai\.google\.dev|\bai\.dev\//i,
  apiHost: /^generativelanguage\.googleapis\.com$/i,
  textNames: /\bGemini\b|\bGoogle ?AI\b|\bVertex\b/i,
  errorBody: {
    // `{"error":{"code":400,"message":…,"status":"INVALID_ARGUMENT"}}`: the status is in the body.
    matches: (body) => {
      const error = errorOf(body);
      return typeof error?.status === 'string' && typeof error.code === 'number';
    },
    impliedStatus: () => null,
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
