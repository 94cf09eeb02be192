import {cursorLoginCheck} from '../cursor/account-check.js';
import type {StepSpec} from '../step-model.js';
import {STEP_TITLES} from '../step-order.js';

export const cursorLoginStep: StepSpec = {
  id: 'cursor-login',
  title: STEP_TITLES['cursor-login'],
  why: 'Every Cursor request, BYOK included, rides on the editor login. A stale or wrong account breaks them all, whatever the provider key.',
  instruction:
    'In Cursor, open Settings > General > Account, sign out, sign back in, and check the email shown is the account you expect.',
  passCondition: 'Cursor shows the correct account',
  kind: 'manual',
  // It decides for itself once the editor's state is readable.
  unattended: {decides: 'when-sure'},
  billing: 'free',
  group: 'cursor',
  // It compares the editor's account with the CLI's and the Cursor key owner's.
  usesIfKnown: ['cli-status', 'user-api-key'],
  check: cursorLoginCheck,
};
