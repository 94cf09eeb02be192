// Billable requests are the person's choice: one question per session, before the first one,
// saying what it costs and which model it calls. `--no-completion` answers it up front.
import {providerOf} from './providers/intake.js';
import {providerName, providerSpec} from './providers/registry/index.js';
import {keysIn} from './providers/step-support.js';
import type {Answer, Answers, CompletionConsent, ConditionView, StepInput} from './step-model.js';
import {stepRef} from './step-order.js';

export type {CompletionConsent};

/** Whether billable requests may go out: only after a yes. */
export function completionsAllowed(answers: Answers): boolean {
  return answers.completionConsent === 'yes';
}

/** "1 request: OpenAI → gpt-4o-mini". Says which model each key's request would call. */
export function billableCost(view: Pick<ConditionView, 'env' | 'answers'>): string {
  const keys = keysIn(view);
  const targets = keys.map((key) => {
    const provider = providerOf(key);
    const model = provider ? providerSpec(provider).defaultModel : null;
    return `${provider ? providerName(provider) : 'unknown provider'} → ${model ?? 'the smallest model the key lists'}`;
  });
  const count = `${keys.length} request${keys.length === 1 ? '' : 's'}`;
  return `${count} of 1 token each (${targets.join('; ')}; a listed small model is used if that one is missing)`;
}

/** Step 4's own billable request, which a yes covers too. */
export const CURSOR_USAGE_NOTE = `With a Cursor user API key, ${stepRef('user-api-key')} also runs one short \`agent -p\` request, which counts as Cursor usage.`;

/** Step 7 asks once, before its first billable request. */
export const completionConsentInput: StepInput = {
  kind: 'choice',
  key: 'completionConsent',
  prompt:
    'The end-to-end test sends a real completion: billable, a tiny fraction of a cent. Send it?',
  details: (view) => [
    `Cost: ${billableCost(view)}.`,
    CURSOR_USAGE_NOTE,
    'Asked once for this session.',
  ],
  options: [
    {label: 'Yes, send one 1-token request per key', value: 'yes'},
    {label: 'No, free checks only (quota stays unknown)', value: 'no'},
  ],
  needed: (view) => keysIn(view).length > 0 && view.answers.completionConsent === undefined,
};

/** The menu's offer where a check stayed unknown for want of a completion. */
export function billableOffer(
  view: Pick<ConditionView, 'env' | 'answers'>,
): {label: string; answer: Answer} | null {
  const consent = view.answers.completionConsent;
  if (consent === 'yes' || consent === 'never' || keysIn(view).length === 0) return null;
  return {
    label: `Send the billable check: ${billableCost(view)}`,
    answer: {key: 'completionConsent', value: 'yes'},
  };
}
