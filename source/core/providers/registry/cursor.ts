import type {ProviderSpec} from './spec.js';

export const cursor = {
  id: 'cursor',
  name: 'Cursor',
  keyVariables: ['CURSOR_API_KEY'],
  credentialVariables: ['CURSOR_API_KEY', 'CURSOR_AUTH_TOKEN'],
  // Cursor Dashboard > API Keys (Cursor docs, authentication, 2026); it was Integrations before.
  keyPage: 'https://cursor.com/dashboard/api',
  billingPage: 'https://cursor.com/dashboard',
  keyShapes: [
    {
      kind: 'cursor-user-key',
      label: 'Cursor user API key',
      prefixes: ['key_', 'crsr_'],
      start: /(?:key|crsr)_/,
      full: /(?:key|crsr)_[A-Za-z0-9_-]{12,}/,
      minLength: 16,
      maxLength: 400,
      // "key_" ends ordinary identifiers ("monkey_patch").
      inText: {chars: /[A-Za-z0-9_-]/, min: 12, wordStart: true},
      sample: `key_${'0123456789abcdef'.repeat(4)}`,
    },
  ],
  byok: false,
  hosts: /\bapi2?\.cursor\.(?:sh|com)/i,
  apiHost: /^api2?\.cursor\.sh$/i,
  ownDomains: /(?:^|\.)(?:cursor\.sh|cursor\.com)$/i,
  // Cursor's own errors are read by their codes, not by its name.
  bannerNames: [],
  textNames: null,
  // Its `{"error":"ERROR_…"}` payloads are read by their codes.
  errorBody: null,
  // Cursor's own texts are the classifier's own rules: the tool is about Cursor.
  errorTexts: null,
  answerFields: {list: 'data', completion: 'choices'},
  // Cursor's own answers are read by its step checks; a bare status is all this says.
  diagnose: ({status}) => ({layer: 'unknown', code: null, action: `Cursor answered ${status}.`}),
  baseUrl: null,
  defaultModel: null,
  // The Cursor key is tested by its own step, through the Cursor CLI.
  calls: null,
  models: {names: null, family: null},
} as const satisfies ProviderSpec;
