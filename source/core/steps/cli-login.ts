import {LOGIN_ACTIONS} from '../cursor/login.js';
import {cliStatusCheck} from '../cursor/status-check.js';
import type {StepSpec} from '../step-model.js';
import {STEP_TITLES} from '../step-order.js';
import {CLI_NOT_USED} from './cli-status.js';

export const cliLoginStep: StepSpec = {
  id: 'cli-login',
  title: STEP_TITLES['cli-login'],
  why: 'When the CLI has no valid session, a fresh browser login replaces whatever it had stored.',
  instruction:
    'Choose "Log in" below (or run `agent login`) and finish the browser flow with the same account as the editor.',
  command: 'agent login',
  passCondition: 'the browser flow completes',
  kind: 'automatic',
  unattended: {
    decides: 'never',
    // The login needs a browser and a person; doctor only says whether it is due.
    due: {
      summary: '`agent status` found no working login: log the CLI in (needs a person)',
      fix: {summary: 'Log the Cursor CLI in', command: 'agent login'},
    },
  },
  billing: 'free',
  group: 'cursor',
  needs: ['cli-status'],
  // A login runs the CLI: without it there is nothing to log in.
  notUsed: CLI_NOT_USED,
  conditional: {
    description: 'only when `agent status` fails',
    // A login fixes a missing or stale session, not a missing or broken CLI.
    applies: (view) =>
      view.results['cli-status']?.status === 'fail' &&
      view.results['cli-status'].layer === 'cursor-account',
    fixes: 'cli-status',
    remedy: 'a login',
    skipReasons: ['`agent status` already reports the right account', CLI_NOT_USED.reason],
  },
  actions: LOGIN_ACTIONS,
  // The check never starts a login by itself: that opens a browser and is the person's choice.
  check: cliStatusCheck,
};
