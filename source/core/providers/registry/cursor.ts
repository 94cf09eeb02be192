import type {ProviderSpec} from './spec.js';

export const cursor = {
  id: 'cursor',
  name: 'Cursor',
  keyVariables: ['CURSOR_API_KEY'],
  credentialVariables: ['CURSOR_API_KEY', 'CURSOR_AUTH_TOKEN'],
  // Cursor Dashboard > API Keys (Cursor docs, authentication, 2026); it was Integrations before.
  keyPage: 'https://cursor.com/dashboard/api',
  billingPage: 'https://cursor.com/dashboard',
  hosts: /\bapi2?\.cursor\.(?:sh|com)/i,
  apiHost: /^api2?\.cursor\.sh$/i,
  // Cursor's own errors are read by their codes, not by its name.
  textNames: null,
  answerFields: {list: 'data', completion: 'choices'},
  // Cursor's own answers are read by its step checks; a bare status is all this says.
  diagnose: ({status}) => ({layer: 'unknown', code: null, action: `Cursor answered ${status}.`}),
  baseUrl: null,
  defaultModel: null,
  // The Cursor key is tested by its own step, through the Cursor CLI.
  calls: null,
} as const satisfies ProviderSpec;
