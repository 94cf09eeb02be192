import {planOpenRouterCalls} from '../calls/openrouter.js';
import {openrouter as diagnose} from '../diagnose/openrouter.js';
import type {ProviderSpec} from './spec.js';

export const openrouter = {
  id: 'openrouter',
  name: 'OpenRouter',
  keyVariables: ['OPENROUTER_API_KEY'],
  credentialVariables: ['OPENROUTER_API_KEY'],
  keyPage: 'https://openrouter.ai/settings/keys',
  billingPage: 'https://openrouter.ai/settings/credits',
  hosts: /\bopenrouter\.ai/i,
  apiHost: /^openrouter\.ai$/i,
  textNames: /\bOpenRouter\b/i,
  answerFields: {list: 'data', completion: 'choices'},
  diagnose,
  baseUrl: {variable: 'OPENROUTER_BASE_URL', default: 'https://openrouter.ai/api/v1'},
  defaultModel: 'openai/gpt-4o-mini',
  calls: planOpenRouterCalls,
} as const satisfies ProviderSpec;
