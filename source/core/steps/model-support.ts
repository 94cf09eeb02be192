import type {StepDefinition} from '../step-model.js';
import {placeholderCheck} from './placeholder.js';

export const modelSupportStep: StepDefinition = {
  n: 8,
  id: 'model-support',
  title: 'Check the model is supported',
  why: 'A valid key still fails with a retired or misspelled model, a model the key cannot use, or a base URL Cursor cannot reach.',
  instruction: 'Compare the model selected in Cursor with the models the key can use.',
  passCondition: 'the selected model is available and supported',
  kind: 'automatic',
  check: placeholderCheck('model support and base URL'),
};
