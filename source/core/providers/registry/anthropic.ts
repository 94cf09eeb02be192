import {planAnthropicCalls} from '../calls/anthropic.js';
import {anthropic as diagnose} from '../diagnose/anthropic.js';
import type {ProviderSpec} from './spec.js';

export const anthropic = {
  id: 'anthropic',
  name: 'Anthropic',
  keyVariables: ['ANTHROPIC_API_KEY'],
  credentialVariables: ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'CLAUDE_CODE_OAUTH_TOKEN'],
  keyPage: 'https://console.anthropic.com/settings/keys',
  billingPage: 'https://console.anthropic.com/settings/billing',
  hosts: /\bapi\.anthropic\.com|docs\.claude\.com|\banthropic\.com/i,
  apiHost: /^api\.anthropic\.com$/i,
  textNames: /\bAnthropic\b/i,
  answerFields: {list: 'data', completion: 'content'},
  diagnose,
  baseUrl: {variable: 'ANTHROPIC_BASE_URL', default: 'https://api.anthropic.com'},
  defaultModel: 'claude-haiku-4-5',
  calls: planAnthropicCalls,
} as const satisfies ProviderSpec;
