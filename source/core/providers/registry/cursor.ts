import type {ProviderSpec} from './spec.js';

export const cursor = {
  id: 'cursor',
  name: 'Cursor',
  keyVariables: ['CURSOR_API_KEY'],
  credentialVariables: ['CURSOR_API_KEY', 'CURSOR_AUTH_TOKEN'],
  // Cursor Dashboard > API Keys (Cursor docs, authentication, 2026); it was Integrations before.
  keyPage: 'https://cursor.com/dashboard/api',
  billingPage: 'https://cursor.com/dashboard',
} as const satisfies ProviderSpec;
