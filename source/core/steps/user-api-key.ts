import {userApiKeyCheck} from '../cursor/user-key-check.js';
import type {StepCondition, StepSpec} from '../step-model.js';
import {STEP_TITLES} from '../step-order.js';

const condition: StepCondition = {
  description: 'only when automation or headless use fails, or CURSOR_API_KEY is set',
  // Set but empty counts: an unset CI secret looks like that, and the check says so.
  applies: (view) => view.env.CURSOR_API_KEY !== undefined || view.answers.automationFails === true,
  unmet: 'CURSOR_API_KEY is not set; the user API key matters only for headless, script and CI use',
  skipReasons: ['I do not use the CLI headless, in scripts or in CI'],
  optIn: {
    label: 'My scripts or CI fail with a Cursor user API key (CURSOR_API_KEY): test it',
    answer: {key: 'automationFails', value: true},
  },
};

export const userApiKeyStep: StepSpec = {
  id: 'user-api-key',
  title: STEP_TITLES['user-api-key'],
  why: 'Scripts, CI and headless `agent -p` runs authenticate with CURSOR_API_KEY, a key separate from both the login and any provider key.',
  instruction:
    'At cursor.com/dashboard/api (Cursor Dashboard > API Keys), create a new key and put it in CURSOR_API_KEY where your automation runs.',
  passCondition: 'the new key works as `CURSOR_API_KEY`',
  kind: 'automatic',
  unattended: {decides: 'always'},
  billing: 'free',
  group: 'cursor',
  needs: ['cli-status', 'cli-login'],
  replaceableKey: {
    key: 'cursorApiKey',
    label: 'Paste a different Cursor user API key',
    askedAt: 'user-api-key',
  },
  conditional: condition,
  inputs: [
    {
      kind: 'secret',
      key: 'cursorApiKey',
      prompt:
        'Paste the Cursor user API key to test (Cursor Dashboard > API Keys). It is never shown or saved.',
      // Doctor mode has no answers: there the check reads CURSOR_API_KEY only.
      needed: (view) => condition.applies(view) && !view.env.CURSOR_API_KEY,
    },
  ],
  // A yes to billable requests, given at step 7, adds the headless `agent -p` run: only a real
  // run shows a usage limit or headless use turned off, so the verdict from before is redone.
  rechecksOn: ['completionConsent'],
  check: userApiKeyCheck,
};
