import type {StepDefinition} from '../step-model.js';
import {placeholderCheck} from './placeholder.js';

export const providerTestStep: StepDefinition = {
  n: 7,
  id: 'provider-test',
  title: 'Test the provider key outside Cursor',
  why: 'A direct request to the provider separates a bad key from a Cursor-side problem.',
  instruction: 'Call the provider directly with the same key, the way curl would.',
  passCondition: 'the provider returns a small completion',
  kind: 'automatic',
  check: placeholderCheck('the provider key against the provider'),
};
