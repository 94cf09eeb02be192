import {cliStatusCheck} from '../cursor/status-check.js';
import type {StepDefinition} from '../step-model.js';
import {stepNumberOf} from '../vocabulary.js';
import {STEP_TITLES} from './titles.js';

export const cliStatusStep: StepDefinition = {
  n: stepNumberOf('cli-status'),
  id: 'cli-status',
  title: STEP_TITLES['cli-status'],
  why: 'The Cursor CLI keeps its own login. Its status shows whether this machine holds a working Cursor session, apart from any API key.',
  instruction:
    'Run `agent status` (older installs: `cursor-agent status`) and read which account it reports.',
  command: 'agent status',
  passCondition: 'reports an authenticated account and endpoint',
  kind: 'automatic',
  actions: [
    {
      id: 'no-cli',
      label: 'I do not use the Cursor CLI: go on without it',
      run: async (context) => {
        const result = await cliStatusCheck(context);
        // Only a CLI that is simply absent may be waved through; a broken one is still a fault.
        if (!result.facts?.cliMissing) return result;
        return {
          ...result,
          status: 'warn',
          summary: 'The Cursor CLI is not installed; not needed, as you do not use it',
        };
      },
    },
  ],
  check: cliStatusCheck,
};
