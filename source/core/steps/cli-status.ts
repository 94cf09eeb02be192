import {cliStatusCheck} from '../cursor/status-check.js';
import type {StepDefinition, StepSpec} from '../step-model.js';
import {STEP_TITLES} from '../step-order.js';

/** Why the steps that need the Cursor CLI are skipped once the person says they do not use it. */
export const CLI_NOT_USED = {answer: 'cliUnused', reason: 'I do not use the Cursor CLI'} as const;

/** The CLI matters only for terminal, script and CI use; a broken one is still a fault. */
const absence: NonNullable<StepDefinition['absence']> = {
  shows: (result) => result.facts?.cliMissing === true,
  summary: 'The Cursor CLI is not installed (needed only for terminal, script and CI use)',
  notUsed: {label: `${CLI_NOT_USED.reason}: go on without it`, answer: CLI_NOT_USED.answer},
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
  notUsed: CLI_NOT_USED,
  check: cliStatusCheck,
};
