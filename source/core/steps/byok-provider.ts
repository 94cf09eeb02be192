import type {StepDefinition} from '../step-model.js';
import {placeholderCheck} from './placeholder.js';

export const byokProviderStep: StepDefinition = {
  n: 5,
  id: 'byok-provider',
  title: 'Put the provider key in its own field',
  why: 'Cursor Settings > Models has one field per provider. A key in the wrong field, or a Cursor key in a provider field, is rejected whatever its quality.',
  instruction:
    'Open Cursor Settings > Models and check that each key sits in the field of its own provider (OpenAI, Anthropic, Google, Azure OpenAI, AWS Bedrock).',
  passCondition: 'the key sits in the field of its own provider',
  kind: 'automatic',
  check: placeholderCheck('which field the provider key is in'),
};
