import {planOpenAiCalls} from '../calls/openai.js';
import {openai as diagnose} from '../diagnose/openai.js';
import type {ProviderSpec} from './spec.js';

export const openai = {
  id: 'openai',
  name: 'OpenAI',
  keyVariables: ['OPENAI_API_KEY'],
  credentialVariables: ['OPENAI_API_KEY', 'OPENAI_ADMIN_KEY'],
  keyPage: 'https://platform.openai.com/api-keys',
  billingPage: 'https://platform.openai.com/settings/organization/billing',
  hosts: /\bapi\.openai\.com|platform\.openai\.com/i,
  apiHost: /^api\.openai\.com$/i,
  textNames: /\bOpen ?AI\b(?![- ]compatible)/i,
  answerFields: {list: 'data', completion: 'choices'},
  diagnose,
  baseUrl: {variable: 'OPENAI_BASE_URL', default: 'https://api.openai.com/v1'},
  defaultModel: 'gpt-4o-mini',
  calls: planOpenAiCalls,
} as const satisfies ProviderSpec;
