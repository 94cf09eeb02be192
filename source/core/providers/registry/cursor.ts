import type {ProviderSpec} from './spec.js';

export const cursor = {
  id: 'cursor',
  name: 'Cursor',
  keyVariables: ['CURSOR_API_KEY'],
  credentialVariables: ['CURSOR_API_KEY', 'CURSOR_AUTH_TOKEN'],
  keyPage: 'https://cursor.com/dashboard (Integrations > User API Keys)',
  billingPage: 'https://cursor.com/dashboard',
} as const satisfies ProviderSpec;
