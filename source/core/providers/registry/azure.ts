import {planAzureCalls} from '../calls/azure.js';
import {azure as diagnose} from '../diagnose/azure.js';
import type {ProviderSpec} from './spec.js';

export const azure = {
  id: 'azure',
  name: 'Azure OpenAI',
  keyVariables: ['AZURE_OPENAI_API_KEY'],
  credentialVariables: ['AZURE_OPENAI_API_KEY'],
  keyPage: 'the Azure portal > your OpenAI resource > Keys and Endpoint',
  billingPage: 'https://aka.ms/oai/quotaincrease',
  hosts: /\b[\w.-]*openai\.azure\.com|\bcognitiveservices\.azure\.com|\bservices\.ai\.azure\.com/i,
  // Each resource has its own host.
  apiHost: null,
  textNames: /\bAzure(?:OpenAI| OpenAI|Exception)?\b/,
  narrows: 'openai',
  answerFields: {list: 'data', completion: 'choices'},
  diagnose,
  baseUrl: {variable: 'AZURE_OPENAI_ENDPOINT', default: null},
  // The completion goes to the person's deployment.
  defaultModel: null,
  calls: planAzureCalls,
} as const satisfies ProviderSpec;
