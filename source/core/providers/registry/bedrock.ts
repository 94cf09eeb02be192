import {planBedrockCalls} from '../calls/bedrock.js';
import {bedrock as diagnose} from '../diagnose/bedrock.js';
import type {ProviderSpec} from './spec.js';

export const bedrock = {
  id: 'bedrock',
  name: 'AWS Bedrock',
  // A Bedrock API key first; otherwise the access keys (or a profile) the AWS SDK signs with.
  keyVariables: ['AWS_BEARER_TOKEN_BEDROCK', 'AWS_ACCESS_KEY_ID'],
  credentialVariables: [
    'AWS_BEARER_TOKEN_BEDROCK',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
  ],
  keyPage: 'the AWS console > IAM (access keys) or Amazon Bedrock > API keys',
  billingPage: 'the AWS console > Service Quotas > Amazon Bedrock',
  hosts: /\bbedrock[\w.-]*\.amazonaws\.com|\bbedrock-mantle\.|coral\/com\.amazon\.bedrock/i,
  apiHost: /^bedrock-runtime\.[\w-]+\.amazonaws\.com$/i,
  textNames: /\bBedrock\b/i,
  answerFields: {list: 'modelSummaries', completion: 'output'},
  diagnose,
  // The calls go to the Region's hosts unless this (or another AWS_ENDPOINT_URL…) is set.
  baseUrl: {variable: 'AWS_ENDPOINT_URL_BEDROCK', default: null},
  defaultModel: 'amazon.nova-micro-v1:0',
  calls: planBedrockCalls,
} as const satisfies ProviderSpec;
