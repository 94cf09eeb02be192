import {planGeminiCalls} from '../calls/google.js';
import {gemini as diagnose} from '../diagnose/gemini.js';
import type {ProviderSpec} from './spec.js';

export const google = {
  id: 'google',
  name: 'Google Gemini',
  // The Gen AI SDK prefers GOOGLE_API_KEY when both are set.
  keyVariables: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'],
  credentialVariables: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'],
  keyPage: 'https://aistudio.google.com/apikey',
  billingPage: 'https://aistudio.google.com/usage',
  hosts: /generativelanguage\.googleapis\.com|ai\.google\.dev|\bai\.dev\//i,
  apiHost: /^generativelanguage\.googleapis\.com$/i,
  textNames: /\bGemini\b|\bGoogle ?AI\b|\bVertex\b/i,
  answerFields: {list: 'models', completion: 'candidates'},
  diagnose,
  baseUrl: {
    variable: 'GOOGLE_GEMINI_BASE_URL',
    default: 'https://generativelanguage.googleapis.com',
  },
  defaultModel: 'gemini-2.5-flash',
  calls: planGeminiCalls,
} as const satisfies ProviderSpec;
