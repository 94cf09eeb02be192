// A step with nothing but an id and a check, for tests of what runs steps rather than of a step.
import type {Check, StepDefinition} from '../../source/core/step-model.js';
import type {StepId} from '../../source/core/vocabulary.js';

export function bareStep(
  id: StepId,
  check: Check,
  extra: Partial<StepDefinition> = {},
): StepDefinition {
  return {
    n: 0,
    id,
    title: id,
    why: '',
    instruction: '',
    passCondition: '',
    kind: 'automatic',
    unattended: {decides: 'always'},
    billing: 'free',
    group: 'cursor',
    check,
    ...extra,
  };
}
