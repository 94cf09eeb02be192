import type {ProviderSpec} from './spec.js';

export const azure = {
  id: 'azure',
  name: 'Azure OpenAI',
  keyVariables: ['AZURE_OPENAI_API_KEY'],
  credentialVariables: ['AZURE_OPENAI_API_KEY'],
  keyPage: 'the Azure portal > your OpenAI resource > Keys and Endpoint',
  billingPage: 'https://aka.ms/oai/quotaincrease',
} as const satisfies ProviderSpec;
