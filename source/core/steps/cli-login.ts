import type {StepDefinition} from '../step-model.js';
import {placeholderCheck} from './placeholder.js';

export const cliLoginStep: StepDefinition = {
  n: 3,
  id: 'cli-login',
  title: 'Log the CLI in with `agent login`',
  why: 'When the CLI has no valid session, a fresh browser login replaces whatever it had stored.',
  instruction: 'Run `agent login` and finish the browser flow with the same account as the editor.',
  command: 'agent login',
  passCondition: 'the browser flow completes',
  kind: 'automatic',
  conditional: {
    description: 'only when `agent status` fails',
    applies: (view) => view.results['cli-status']?.status === 'fail',
    skipReasons: [
      '`agent status` already reports the right account',
      'I do not use the Cursor CLI',
    ],
  },
  check: placeholderCheck('the CLI login flow'),
};
