// Billable requests are the person's choice: one question per session, before the first one,
// saying what it costs and which model it calls. `--no-completion` answers it up front.
import {providerOf} from './providers/intake.js';
import {providerName, providerSpec} from './providers/registry/index.js';
import {keysIn} from './providers/step-support.js';
import type {Answers, ConditionView, StepInput} from './step-model.js';
import {stepRef} from './step-order.js';

/** The answer's key: `yes`, `no`, or `never` (`--no-completion`: not even offered again). */
export const COMPLETION_CONSENT = 'completionConsent';
export type CompletionConsent = 'yes' | 'no' | 'never';

export function consentOf(answers: Answers): CompletionConsent | undefined {
  const value = answers[COMPLETION_CONSENT];
  return value === 'yes' || value === 'no' || value === 'never' ? value : undefined;
}

/** Whether billable requests may go out: only after a yes. */
export function completionsAllowed(answers: Answers): boolean {
  return consentOf(answers) === 'yes';
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
  key: COMPLETION_CONSENT,
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
  needed: (view) => keysIn(view).length > 0 && consentOf(view.answers) === undefined,
};

/** The menu's offer where a check stayed unknown for want of a completion. */
export function billableOffer(
  view: Pick<ConditionView, 'env' | 'answers'>,
): {label: string; answer: {key: string; value: unknown}} | null {
  const consent = consentOf(view.answers);
  if (consent === 'yes' || consent === 'never' || keysIn(view).length === 0) return null;
  return {
    label: `Send the billable check: ${billableCost(view)}`,
    answer: {key: COMPLETION_CONSENT, value: 'yes'},
  };
}
