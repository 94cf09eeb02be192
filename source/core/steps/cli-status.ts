import {cliStatusCheck} from '../cursor/status-check.js';
import type {StepDefinition, StepSpec} from '../step-model.js';
import {STEP_TITLES} from '../step-order.js';

/** The CLI matters only for terminal, script and CI use; a broken one is still a fault. */
const absence: NonNullable<StepDefinition['absence']> = {
  shows: (result) => result.facts?.cliMissing === true,
  summary: 'The Cursor CLI is not installed (needed only for terminal, script and CI use)',
};

export const cliStatusStep: StepSpec = {
  id: 'cli-status',
  title: STEP_TITLES['cli-status'],
  why: 'The Cursor CLI keeps its own login. Its status shows whether this machine holds a working Cursor session, apart from any API key.',
  instruction:
    'Run `agent status` (older installs: `cursor-agent status`) and read which account it reports.',
  command: 'agent status',
  passCondition: 'reports an authenticated account and endpoint',
  kind: 'automatic',
  unattended: {decides: 'always'},
  billing: 'free',
  group: 'cursor',
  absence,
  actions: [
    {
      id: 'no-cli',
      label: 'I do not use the Cursor CLI: go on without it',
      run: async (context) => {
        const result = await cliStatusCheck(context);
        // Only a CLI that is simply absent may be waved through; a broken one is still a fault.
        if (!absence.shows(result)) return result;
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
