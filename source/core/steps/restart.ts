import type {StepDefinition} from '../step-model.js';
import {placeholderCheck} from './placeholder.js';

export const restartStep: StepDefinition = {
  n: 10,
  id: 'restart',
  title: 'Restart Cursor',
  why: 'Cursor caches its auth state and model list; only a full quit clears them.',
  instruction:
    'Quit Cursor completely (not just the window), open it again, then re-run the checks.',
  passCondition: 'cached auth state clears; the checks pass again',
  kind: 'automatic',
  check: placeholderCheck('that Cursor was restarted'),
};
