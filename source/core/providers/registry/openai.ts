import type {ProviderSpec} from './spec.js';

export const openai = {
  id: 'openai',
  name: 'OpenAI',
  keyVariables: ['OPENAI_API_KEY'],
  credentialVariables: ['OPENAI_API_KEY', 'OPENAI_ADMIN_KEY'],
  keyPage: 'https://platform.openai.com/api-keys',
  billingPage: 'https://platform.openai.com/settings/organization/billing',
} as const satisfies ProviderSpec;
