// How a run ends: the contract's exit rule over the steps that apply, and a closing line that
// names every failure, warning, unreached step and change.
import {describe, expect, test} from 'vitest';
import {fixingStep} from '../../source/core/diagnosis.js';
import {type Layer, LAYERS} from '../../source/core/layers.js';
import type {CheckResult, StepDefinition} from '../../source/core/step-model.js';
import {STEPS} from '../../source/core/steps/index.js';
import {
  closingLines,
  createInitialState,
  createWizardReducer,
  wizardVerdict,
  type WizardEvent,
  type WizardState,
} from '../../source/core/wizard-machine.js';
import {menuFor} from '../../source/core/wizard-menu.js';

const reduce = createWizardReducer(STEPS);
const apply = (state: WizardState, ...events: WizardEvent[]) => events.reduce(reduce, state);

function result(status: CheckResult['status'], extra: Partial<CheckResult> = {}): CheckResult {
  return {status, summary: `says ${status}`, evidence: [], layer: null, fix: null, ...extra};
}

function finishCurrent(state: WizardState, outcome: CheckResult): WizardState {
  const step = STEPS[state.index]!;
  const {runId} = state.records[step.id];
  return apply(
    state,
    {type: 'run-started', id: step.id, runId},
    {type: 'run-finished', id: step.id, runId, result: outcome},
  );
}

/** Walks every step: manual steps confirmed, the rest finished with the given status. */
function walkAll(statusOf: (n: number) => CheckResult['status']): WizardState {
  let state = createInitialState(STEPS, {});
  while (state.phase === 'active') {
    const step = STEPS[state.index]!;
    if (state.records[step.id].phase === 'idle') {
      state = apply(state, {type: 'skip', reason: 'not needed'});
      continue;
    }
    const status = step.kind === 'manual' ? 'manual' : statusOf(step.n);
    state = finishCurrent(state, result(status));
    state = apply(state, status === 'manual' ? {type: 'confirm'} : {type: 'next'});
    if (status === 'fail') return state;
  }
  return state;
}

/** Every step passed but `found`, which failed on `layer`. */
function failedAt(found: StepDefinition, layer: Layer): WizardState {
  const passed = walkAll(() => 'pass');
  return {
    ...passed,
    records: {
      ...passed.records,
      [found.id]: {
        ...passed.records[found.id],
        phase: 'done',
        skipReason: null,
        result: result('fail', {layer}),
      },
    },
  };
}

describe('the wizard exit code', () => {
  test('quitting at step 1 with nothing checked is not "no problem": exit 3', () => {
    const quit = apply(createInitialState(STEPS, {}), {type: 'quit'});
    const verdict = wizardVerdict(STEPS, quit);
    expect(verdict.code).toBe(3);
    expect(verdict.unreached.map((step) => step.n)).toEqual([1, 2, 5, 6, 7, 8, 9, 10]);
    expect(closingLines(verdict)[0]).toContain('(exit 3)');
  });

  test('every step that applies passed: exit 0; steps that do not apply do not count', () => {
    const done = walkAll(() => 'pass');
    expect(done.phase).toBe('finished');
    const verdict = wizardVerdict(STEPS, done);
    expect(verdict.code).toBe(0);
    expect(closingLines(verdict)[0]).toBe('Done: every step that applies passed (exit 0).');
  });

  test('a warning keeps exit 0, and the closing line names it', () => {
    const done = walkAll((n) => (n === 9 ? 'warn' : 'pass'));
    const lines = closingLines(wizardVerdict(STEPS, done));
    expect(wizardVerdict(STEPS, done).code).toBe(0);
    expect(lines[0]).toContain('with warnings at step 9');
    expect(lines).toContain('Warnings: 9 (Check quota and rate limits).');
  });

  test('an unknown verdict is not a pass: exit 3', () => {
    const done = walkAll((n) => (n === 8 ? 'unknown' : 'pass'));
    expect(done.phase).toBe('finished');
    expect(wizardVerdict(STEPS, done).code).toBe(3);
  });

  test('a failure wins: exit 1, and the steps after it are named as not reached', () => {
    const failed = apply(
      walkAll((n) => (n === 7 ? 'fail' : 'pass')),
      {type: 'quit'},
    );
    const verdict = wizardVerdict(STEPS, failed);
    expect(verdict.code).toBe(1);
    const lines = closingLines(verdict);
    expect(lines[0]).toBe('Problem found: fix it at step 7 (exit 1).');
    expect(lines).toContain('Not reached or not decided: steps 8, 9, 10.');
  });

  test("a failure on a layer another step owns names that step, as doctor's verdict does", () => {
    const planLimit = walkAll(() => 'pass');
    const userKey = STEPS[3]!;
    const onPlan: WizardState = {
      ...planLimit,
      records: {
        ...planLimit.records,
        [userKey.id]: {
          ...planLimit.records[userKey.id],
          phase: 'done',
          skipReason: null,
          result: result('fail', {layer: 'cursor-plan'}),
        },
      },
    };
    const lines = closingLines(wizardVerdict(STEPS, onPlan));
    expect(lines[0]).toBe('Problem found: fix it at step 1 (exit 1).');
    expect(lines).toContain(`Failed: 4 (${userKey.title}).`);
    expect(lines).toContain(
      `Step 4 met cursor-plan, which is fixed at step 1 (${STEPS[0]!.title}).`,
    );
    const onKey = walkAll((n) => (n === 7 ? 'fail' : 'pass'));
    const keyAt7: WizardState = {
      ...onKey,
      records: {
        ...onKey.records,
        [STEPS[6]!.id]: {
          ...onKey.records[STEPS[6]!.id],
          result: result('fail', {layer: 'provider-key'}),
        },
      },
    };
    expect(closingLines(wizardVerdict(STEPS, keyAt7)).join('\n')).not.toContain('fixed at');
  });

  test.each([
    ['cursor-plan', 1],
    ['cursor-service', 10],
    ['request', 8],
  ] as const)('%s met at step 4: the closing line names step %i, as doctor does', (layer, n) => {
    const lines = closingLines(wizardVerdict(STEPS, failedAt(STEPS[3]!, layer)));
    expect(lines[0]).toBe(`Problem found: fix it at step ${n} (exit 1).`);
  });

  test("for every layer the closing line's step is doctor's step", () => {
    for (const layer of LAYERS) {
      for (const found of STEPS.filter((step) => step.kind !== 'manual')) {
        const lines = closingLines(wizardVerdict(STEPS, failedAt(found, layer)));
        expect(lines[0], `${layer} at step ${found.n}`).toBe(
          `Problem found: fix it at step ${fixingStep(layer, found.n)} (exit 1).`,
        );
      }
    }
  });

  test('a cancel says what changed instead of claiming nothing did', () => {
    let state = createInitialState(STEPS, {});
    state = finishCurrent(
      state,
      result('manual', {changes: ['`agent login` stored new credentials']}),
    );
    const cancelled = apply(state, {type: 'cancel'});
    const lines = closingLines(wizardVerdict(STEPS, cancelled));
    expect(lines[0]).toBe('Cancelled (exit 130).');
    expect(lines.at(-1)).toBe('Changed: `agent login` stored new credentials.');
    expect(lines.join('\n')).not.toContain('Nothing was changed');
  });
});

describe('honest menus', () => {
  test('after the login passed, step 3 offers no "Skip"', () => {
    const step3 = STEPS[2]!;
    const items = menuFor(
      step3,
      {
        ...createInitialState(STEPS, {}).records[step3.id],
        phase: 'done',
        runId: 1,
        result: result('pass'),
      },
      {applies: false, isFirst: false, isLast: false},
    );
    expect(items.map((item) => item.label)).not.toContainEqual(expect.stringMatching(/Skip/));
    expect(items[0]!.label).toBe('Next step');
  });

  test('step 10 without a seen restart must be confirmed by the person, in those words', () => {
    let state = createInitialState(STEPS, {});
    state = {...state, index: 9};
    state = apply(state, {type: 'recheck'});
    state = finishCurrent(state, result('manual'));
    expect(apply(state, {type: 'next'}).phase).toBe('active');
    const confirmed = apply(state, {type: 'confirm'});
    expect(confirmed.phase).toBe('finished');
    expect(confirmed.history.at(-1)?.summary).toBe(
      'Confirmed by you; the wizard did not see it happen',
    );
  });
});
