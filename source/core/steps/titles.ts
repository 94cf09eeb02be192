// Each step's title, as data of its own: `classify` names the step behind an error without
// loading any step's checks. A step file takes its title from here.
import type {StepId} from '../vocabulary.js';

export const STEP_TITLES: Record<StepId, string> = {
  'cursor-login': 'Log out and back in to the Cursor account',
  'cli-status': 'Check `agent status`',
  'cli-login': 'Log the CLI in with `agent login`',
  'user-api-key': 'Regenerate the Cursor user API key',
  'byok-provider': 'Put the provider key in its own field',
  'key-paste': 'Paste the provider key cleanly',
  'provider-test': 'Test the provider key outside Cursor',
  'model-support': 'Check the model is supported',
  quota: 'Check quota and rate limits',
  restart: 'Restart Cursor',
};
