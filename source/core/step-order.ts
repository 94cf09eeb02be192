// The fix order, one line per step: its id and its title. A step's number is its place here and
// nothing else, so a new step is its own file plus one line here, and no other step is
// renumbered. The titles sit beside the ids so that `classify` can name a step without loading
// any step's checks.
export const STEP_ORDER = [
  {id: 'cursor-login', title: 'Log out and back in to the Cursor account'},
  {id: 'cli-status', title: 'Check `agent status`'},
  {id: 'cli-login', title: 'Log the CLI in with `agent login`'},
  {id: 'user-api-key', title: 'Regenerate the Cursor user API key'},
  {id: 'byok-provider', title: 'Put the provider key in its own field'},
  {id: 'key-paste', title: 'Paste the provider key cleanly'},
  {id: 'provider-test', title: 'Test the provider key outside Cursor'},
  {id: 'model-support', title: 'Check the model is supported'},
  {id: 'quota', title: 'Check quota and rate limits'},
  {id: 'restart', title: 'Restart Cursor'},
] as const;

export type StepId = (typeof STEP_ORDER)[number]['id'];

export const STEP_IDS: readonly StepId[] = STEP_ORDER.map((step) => step.id);

export const STEP_TITLES = Object.fromEntries(
  STEP_ORDER.map((step) => [step.id, step.title]),
) as Record<StepId, string>;

/** A step's number, as the contract's JSON and the screens carry it: its place in the order. */
export function stepNumberOf(id: StepId): number {
  return STEP_IDS.indexOf(id) + 1;
}

/** A step named in a sentence, "step 4": the number follows the order, wherever the text is. */
export function stepRef(id: StepId): string {
  return `step ${stepNumberOf(id)}`;
}

/** A run of steps named in a sentence, "steps 5–7". */
export function stepRangeRef(first: StepId, last: StepId): string {
  return `steps ${stepNumberOf(first)}–${stepNumberOf(last)}`;
}

/** The step a number from the contract's JSON stands for, or null when none has it. */
export function stepIdAt(n: number): StepId | null {
  return STEP_IDS[n - 1] ?? null;
}
