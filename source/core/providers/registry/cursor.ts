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
} as const satisfies ProviderSpec;
