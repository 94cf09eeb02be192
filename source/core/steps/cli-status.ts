import type {StepDefinition} from '../step-model.js';
import {placeholderCheck} from './placeholder.js';

export const cliStatusStep: StepDefinition = {
  n: 2,
  id: 'cli-status',
  title: 'Check `agent status`',
  why: 'The Cursor CLI keeps its own login. Its status shows whether this machine holds a working Cursor session, apart from any API key.',
  instruction:
    'Run `agent status` (older installs: `cursor-agent status`) and read which account it reports.',
  command: 'agent status',
  passCondition: 'reports an authenticated account and endpoint',
  kind: 'automatic',
  check: placeholderCheck('the Cursor CLI login'),
};
