// Adding a step is its file plus one line in the order: a step put in the middle of the order
// takes the next number, the steps after it move up by one, and doctor and the wizard both run
// it by its rules alone, with nothing renumbered and no runner naming it.
import {describe, expect, test} from 'vitest';
import {buildDoctorDocument} from '../../source/core/run/document.js';
import type {CheckContext, CheckResult, StepSpec} from '../../source/core/step-model.js';
import {inOrder} from '../../source/core/step-rules.js';
import type {StepId} from '../../source/core/vocabulary.js';
import {
  createInitialState,
  createWizardReducer,
  type WizardEvent,
  type WizardState,
} from '../../source/core/wizard-machine.js';
import {runDoctor} from '../../source/doctor/run-doctor.js';
import {createFakeRunner} from '../helpers/fake-runner.js';
import {allPassing, scriptedSteps} from '../helpers/scripted-steps.js';

const runner = createFakeRunner();
allPassing(runner);

/** The real steps' rules, with checks that pass by asking the fake runner. */
const SPECS: StepSpec[] = scriptedSteps(runner).map(({n: _n, ...spec}) => spec);

/** What the new step saw of `agent status` when it ran, per run. */
const sawStatus: (string | undefined)[] = [];

/** A new step as its own file would define it: it reads what `agent status` learned. */
const PROXY_STEP: StepSpec = {
  id: 'proxy' as StepId,
  title: 'Check the proxy',
  why: 'A proxy that rewrites requests breaks every Cursor request the same way.',
  instruction: 'Compare the proxy settings of the editor and the shell.',
  passCondition: 'both reach Cursor the same way',
  kind: 'automatic',
  unattended: {decides: 'always'},
  billing: 'free',
  group: 'cursor',
  needs: ['cli-status'],
  check: async (context: CheckContext): Promise<CheckResult> => {
    sawStatus.push(context.results['cli-status']?.status);
    return {
      status: 'pass',
      summary: 'The proxy passes Cursor through',
      evidence: [],
      layer: null,
      fix: null,
    };
  },
};

/** The order with the new step put right after `agent login`. */
const ORDER = inOrder([...SPECS.slice(0, 3), PROXY_STEP, ...SPECS.slice(3)]);

test('the new step takes the next number and every later step moves up by one', () => {
  expect(ORDER.map((step) => `${step.n} ${step.id}`)).toEqual([
    '1 cursor-login',
    '2 cli-status',
    '3 cli-login',
    '4 proxy',
    '5 user-api-key',
    '6 byok-provider',
    '7 key-paste',
    '8 provider-test',
    '9 model-support',
    '10 quota',
    '11 restart',
  ]);
});

describe('doctor', () => {
  test('runs the new step after the one it needs and reports it under its new number', async () => {
    sawStatus.length = 0;
    const run = await runDoctor({
      steps: ORDER,
      runner,
      env: {},
      platform: 'linux',
      timeoutMs: 1000,
      models: {},
      noCompletion: true,
      signal: new AbortController().signal,
    });
    expect(sawStatus).toEqual(['pass']);
    const doc = buildDoctorDocument(run, '9.9.9', {}, []);
    expect(doc.steps.map((step) => `${step.n} ${step.id} ${step.status}`)).toEqual([
      '1 cursor-login manual',
      '2 cli-status pass',
      '3 cli-login skip',
      '4 proxy pass',
      '5 user-api-key skip',
      '6 byok-provider pass',
      '7 key-paste pass',
      '8 provider-test pass',
      '9 model-support pass',
      '10 quota pass',
      '11 restart manual',
    ]);
  });
});

describe('the wizard', () => {
  const reduce = createWizardReducer(ORDER);

  /** One person's answer to whatever the current step asks, until the walk ends. */
  function walk(start: WizardState): string[] {
    const shown: string[] = [];
    let state = start;
    while (state.phase === 'active' && shown.length < 40) {
      const step = ORDER[state.index]!;
      const record = state.records[step.id];
      let event: WizardEvent;
      if (record.phase === 'queued') {
        const status = step.kind === 'manual' ? 'manual' : 'pass';
        const result: CheckResult = {status, summary: status, evidence: [], layer: null, fix: null};
        state = reduce(state, {type: 'run-started', id: step.id, runId: record.runId});
        event = {type: 'run-finished', id: step.id, runId: record.runId, result};
      } else if (record.result?.status === 'manual') {
        event = {type: 'confirm'};
      } else if (record.result === null) {
        event = {type: 'skip', reason: step.conditional?.skipReasons[0] ?? 'not used'};
      } else {
        event = {type: 'next'};
      }
      shown.push(`${step.n} ${step.id} ${event.type}`);
      state = reduce(state, event);
    }
    expect(state.phase).toBe('finished');
    return shown;
  }

  test('walks the new step in its place, between the two steps it now sits between', () => {
    const shown = walk(createInitialState(ORDER, {}));
    expect(shown).toContain('4 proxy run-finished');
    expect(shown.indexOf('4 proxy run-finished')).toBe(shown.indexOf('3 cli-login skip') + 1);
    expect(shown.at(-1)).toBe('11 restart next');
  });

  test('running ahead, the new step waits for the step it needs, then runs by itself', () => {
    const start = createInitialState(ORDER, {}, {}, {mode: 'ahead'});
    expect(start.records['proxy' as StepId].phase).toBe('idle');
    const status = start.records['cli-status'];
    const result: CheckResult = {
      status: 'pass',
      summary: 'ok',
      evidence: [],
      layer: null,
      fix: null,
    };
    const after = [
      {type: 'run-started', id: 'cli-status', runId: status.runId},
      {type: 'run-finished', id: 'cli-status', runId: status.runId, result},
    ].reduce<WizardState>((state, event) => reduce(state, event as WizardEvent), start);
    expect(after.records['proxy' as StepId].phase).toBe('queued');
  });
});
