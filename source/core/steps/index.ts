// Every step's definition, by id; the order, and so each number, comes from the step order.
import type {StepDefinition, StepSpec} from '../step-model.js';
import {STEP_IDS, type StepId} from '../step-order.js';
import {inOrder} from '../step-rules.js';
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

const SPECS: Readonly<Record<StepId, StepSpec>> = {
  'cursor-login': cursorLoginStep,
  'cli-status': cliStatusStep,
  'cli-login': cliLoginStep,
  'user-api-key': userApiKeyStep,
  'byok-provider': byokProviderStep,
  'key-paste': keyPasteStep,
  'provider-test': providerTestStep,
  'model-support': modelSupportStep,
  quota: quotaStep,
  restart: restartStep(() => STEPS),
};

export const STEPS: readonly StepDefinition[] = inOrder(STEP_IDS.map((id) => SPECS[id]));

export function stepById(id: StepId, steps: readonly StepDefinition[] = STEPS): StepDefinition {
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`No step with id ${id}`);
  return step;
}
