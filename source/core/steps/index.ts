// The ten-step fix order. Order here is the contract's order; ids and numbers are stable.
import type {StepDefinition} from '../step-model.js';
import type {StepId} from '../vocabulary.js';
import {byokProviderStep} from './byok-provider.js';
import {cliLoginStep} from './cli-login.js';
import {cliStatusStep} from './cli-status.js';
import {cursorLoginStep} from './cursor-login.js';
import {keyPasteStep} from './key-paste.js';
import {modelSupportStep} from './model-support.js';
import {providerTestStep} from './provider-test.js';
import {quotaStep} from './quota.js';
import {restartStep} from './restart.js';
import {userApiKeyStep} from './user-api-key.js';

export const STEPS: readonly StepDefinition[] = [
  cursorLoginStep,
  cliStatusStep,
  cliLoginStep,
  userApiKeyStep,
  byokProviderStep,
  keyPasteStep,
  providerTestStep,
  modelSupportStep,
  quotaStep,
  restartStep,
];

export function stepById(id: StepId, steps: readonly StepDefinition[] = STEPS): StepDefinition {
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`No step with id ${id}`);
  return step;
}
