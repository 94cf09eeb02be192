import {RESTART_ACTIONS, restartStepCheck} from '../cursor/restart-check.js';
import type {StepSpec} from '../step-model.js';
import {STEP_TITLES} from '../step-order.js';

export const restartStep: StepSpec = {
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
  actions: RESTART_ACTIONS,
  check: restartStepCheck,
};
