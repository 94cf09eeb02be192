// A Cursor CLI missing from PATH is no failure: the wizard reads it as doctor does (skip), stops
// once to offer the install command or "I do not use the Cursor CLI", and that choice holds.
import {describe, expect, test} from 'vitest';
import {cliUnavailableResult} from '../../source/core/cursor/find-cli.js';
import type {CheckResult} from '../../source/core/step-model.js';
import {STEPS} from '../../source/core/steps/index.js';
import type {StepId} from '../../source/core/vocabulary.js';
import {menuFor} from '../../source/core/wizard-menu.js';
import {
  createInitialState,
  createWizardReducer,
  displayStatus,
  isOpen,
  parseProgress,
  progressOf,
  stepApplies,
  wizardVerdict,
  type WizardEvent,
  type WizardState,
} from '../../source/core/wizard-machine.js';

const reduce = createWizardReducer(STEPS);
const apply = (state: WizardState, ...events: WizardEvent[]) => events.reduce(reduce, state);

const MISSING = cliUnavailableResult(
  {kind: 'missing', evidence: ['agent: not on PATH', 'cursor-agent: not on PATH']},
  'linux',
);
const INSTALL = 'curl https://cursor.com/install -fsS | bash';
const NOT_USED = /I do not use the Cursor CLI/;

function result(status: CheckResult['status']): CheckResult {
  return {status, summary: `says ${status}`, evidence: [], layer: null, fix: null};
}

function finish(state: WizardState, id: StepId, outcome: CheckResult): WizardState {
  const {runId, phase} = state.records[id];
  expect(phase, `${id} should be queued`).toBe('queued');
  return apply(
    state,
    {type: 'run-started', id, runId},
    {type: 'run-finished', id, runId, result: outcome},
  );
}

function menuOf(state: WizardState) {
  const step = STEPS[state.index]!;
  return menuFor(step, state.records[step.id], {
    applies: stepApplies(step, state),
    isFirst: state.index === 0,
    isLast: false,
    checklist: state.mode === 'ahead',
  });
}

/** Running ahead with no CLI on PATH, walked to the first step that needs the person. */
function walkedToStep2(env: Record<string, string> = {}): WizardState {
  let state = createInitialState(STEPS, env, {}, {mode: 'ahead'});
  state = finish(state, 'cursor-login', result('pass'));
  state = finish(state, 'cli-status', MISSING);
  return apply(state, {type: 'walk'});
}

describe('no Cursor CLI installed', () => {
  test('step 2 reads as doctor reads it: skipped, never failed', () => {
    const state = walkedToStep2();
    expect(displayStatus(state.records['cli-status'])).toBe('skip');
    const verdict = wizardVerdict(STEPS, apply(state, {type: 'quit'}));
    expect(verdict.failed.map((step) => step.id)).not.toContain('cli-status');
    expect(verdict.code).not.toBe(1);
  });

  test('the walk stops at step 2 with the choice: install and re-check, or "I do not use it"', () => {
    const state = walkedToStep2();
    expect(STEPS[state.index]!.id).toBe('cli-status');
    const labels = menuOf(state).map((item) => item.label);
    expect(labels[0]).toMatch(NOT_USED);
    expect(labels).toContainEqual(expect.stringContaining(INSTALL));
    const install = menuOf(state).find((item) => item.label.includes(INSTALL))!;
    expect(install.choice).toEqual({type: 'recheck'});
  });

  test('"I do not use the Cursor CLI" moves on once; steps 2 and 3 are skipped with that reason', () => {
    const state = walkedToStep2();
    const choice = menuOf(state).find((item) => NOT_USED.test(item.label))!;
    const moved = apply(state, choice.choice as WizardEvent);
    expect(STEPS[moved.index]!.id).not.toBe('cli-status');
    for (const id of ['cli-status', 'cli-login'] as const) {
      expect(displayStatus(moved.records[id])).toBe('skip');
      expect(moved.records[id].skipReason).toBe('I do not use the Cursor CLI');
    }
    expect(wizardVerdict(STEPS, apply(moved, {type: 'quit'})).failed).toEqual([]);
  });

  test('the choice is not offered again for the rest of the run, even after a re-check', () => {
    let state = walkedToStep2();
    const choice = menuOf(state).find((item) => NOT_USED.test(item.label))!;
    state = apply(state, choice.choice as WizardEvent, {type: 'open', id: 'cli-status'});
    expect(menuOf(state).map((item) => item.label)).not.toContainEqual(
      expect.stringMatching(NOT_USED),
    );
    state = apply(state, {type: 'recheck'});
    state = finish(state, 'cli-status', MISSING);
    expect(state.records['cli-status'].skipReason).toBe('I do not use the Cursor CLI');
    const labels = menuOf(state).map((item) => item.label);
    expect(labels).not.toContainEqual(expect.stringMatching(NOT_USED));
    expect(labels).not.toContainEqual(expect.stringContaining(INSTALL));
  });

  test('the choice survives a restart of Cursor: the resumed run does not ask again', () => {
    let state = walkedToStep2();
    const choice = menuOf(state).find((item) => NOT_USED.test(item.label))!;
    state = apply(state, choice.choice as WizardEvent);
    const now = new Date();
    const saved = parseProgress(JSON.stringify(progressOf(STEPS, state, now)), now);
    expect(saved.kind).toBe('resumable');
    if (saved.kind !== 'resumable') return;
    const resumed = apply(createInitialState(STEPS, {}, {}, {mode: 'ahead'}), {
      type: 'resume',
      progress: saved.progress,
    });
    expect(resumed.answers.cliUnused).toBe(true);
    for (const id of ['cli-status', 'cli-login'] as const) {
      expect(resumed.records[id].skipReason).toBe('I do not use the Cursor CLI');
      expect(resumed.records[id].phase).not.toBe('queued');
      expect(
        isOpen(
          STEPS.find((step) => step.id === id)!,
          resumed,
        ),
      ).toBe(false);
    }
  });

  test('one step after another, the choice moves past step 3 as well', () => {
    let state = createInitialState(STEPS, {});
    state = finish(state, 'cursor-login', result('pass'));
    state = apply(state, {type: 'next'});
    state = finish(state, 'cli-status', MISSING);
    expect(displayStatus(state.records['cli-status'])).toBe('skip');
    state = apply(state, {type: 'not-used'});
    expect(STEPS[state.index]!.id).toBe('user-api-key');
    expect(state.records['cli-login'].skipReason).toBe('I do not use the Cursor CLI');
    expect(state.history.at(-1)).toMatchObject({
      id: 'cli-status',
      status: 'skip',
      summary: 'Skipped: I do not use the Cursor CLI',
    });
  });

  test('step 4 does not need the CLI: with CURSOR_API_KEY set it still applies and runs', () => {
    let state = walkedToStep2({CURSOR_API_KEY: 'k'});
    const choice = menuOf(state).find((item) => NOT_USED.test(item.label))!;
    state = apply(state, choice.choice as WizardEvent);
    expect(state.records['user-api-key'].skipReason).toBeNull();
    expect(stepApplies(STEPS[3]!, state)).toBe(true);
  });

  test('a broken CLI is still a failure, and offers no "I do not use it"', () => {
    let state = createInitialState(STEPS, {}, {}, {mode: 'ahead'});
    state = finish(state, 'cursor-login', result('pass'));
    state = finish(
      state,
      'cli-status',
      cliUnavailableResult({kind: 'broken', reason: 'broken', evidence: []}, 'linux'),
    );
    state = apply(state, {type: 'walk'});
    expect(displayStatus(state.records['cli-status'])).toBe('fail');
    expect(menuOf(state).map((item) => item.label)).not.toContainEqual(
      expect.stringMatching(NOT_USED),
    );
  });
});
