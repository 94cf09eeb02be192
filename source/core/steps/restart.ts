import {restartChecks} from '../cursor/restart-check.js';
import type {StepDefinition, StepSpec} from '../step-model.js';
import {STEP_TITLES} from '../step-order.js';

/**
 * The restart step within `order`, the whole fix order: it runs the automatic steps before it
 * again. The order is handed in, since the list that holds this step cannot be imported from here.
 */
export function restartStep(order: () => readonly StepDefinition[]): StepSpec {
  return {
    id: 'restart',
    title: STEP_TITLES['restart'],
    why: 'Cursor caches its auth state and model list; only a full quit clears them.',
    instruction:
      'Quit Cursor completely (not just the window), open it again, then re-run the checks.',
    passCondition: 'cached auth state clears; the checks pass again',
    kind: 'automatic',
    // Only a person sees Cursor restart when nothing is watching it.
    unattended: {decides: 'never'},
    billing: 'free',
    group: 'after-all',
    confirmLabel: 'I quit Cursor fully and opened it again (the wizard did not see it)',
    ...restartChecks(order),
  };
}
