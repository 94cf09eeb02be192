import type {StepDefinition} from '../step-model.js';
import {placeholderCheck} from './placeholder.js';

export const quotaStep: StepDefinition = {
  n: 9,
  id: 'quota',
  title: 'Check quota and rate limits',
  why: 'A 429 means wait or add credit, never rotate the key; 401 and 403 mean the key or its permissions.',
  instruction:
    'Read the provider status and rate-limit headers, and check billing when credit has run out.',
  passCondition: '401, 403 and 429 are told apart and handled differently',
  kind: 'automatic',
  check: placeholderCheck('quota and rate limits'),
};
