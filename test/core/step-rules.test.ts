// The rules each step declares about itself hold together: what a step needs comes before it
// and runs in its lane, and the concurrent lanes share nothing.
import {expect, test} from 'vitest';
import type {CheckResult} from '../../source/core/step-model.js';
import {
  countedStatus,
  neededBefore,
  notNeededReason,
  runStages,
} from '../../source/core/step-rules.js';
import {STEPS, stepById} from '../../source/core/steps/index.js';

const ids = (lane: readonly {id: string}[]) => lane.map((step) => step.id);

test('doctor runs the Cursor and the provider lanes side by side, then the restart alone', () => {
  expect(runStages(STEPS).map((stage) => stage.map(ids))).toEqual([
    [
      // The editor's account is compared with the CLI's and the Cursor key owner's, so last.
      ['cli-status', 'cli-login', 'user-api-key', 'cursor-login'],
      ['byok-provider', 'key-paste', 'provider-test', 'model-support', 'quota'],
    ],
    [['restart']],
  ]);
});

test('a step needs only earlier steps, and reads only its own group, so no lane waits on another', () => {
  for (const step of STEPS) {
    for (const id of step.needs ?? []) {
      expect(stepById(id).n, `${step.id} needs ${id}`).toBeLessThan(step.n);
    }
    if (step.group === 'after-all') continue;
    for (const id of [...(step.needs ?? []), ...(step.usesIfKnown ?? [])]) {
      expect(stepById(id).group, `${step.id} reads ${id}`).toBe(step.group);
    }
  }
});

test('what a step needs includes what those steps need', () => {
  expect(neededBefore(stepById('quota'), STEPS).sort()).toEqual(
    ['byok-provider', 'key-paste', 'model-support', 'provider-test'].sort(),
  );
  // Without the step in between, the chain stops there.
  const without = STEPS.filter((step) => step.id !== 'model-support');
  expect(neededBefore(stepById('quota'), without)).toEqual([]);
});

test('a step a person must confirm is never decided by its check alone', () => {
  for (const step of STEPS.filter((candidate) => candidate.kind === 'manual')) {
    expect(step.unattended.decides, step.id).not.toBe('always');
  }
});

test('only a CLI that is simply missing counts as skipped; a broken one stays a failure', () => {
  const cliStatus = stepById('cli-status');
  const fail = (cliMissing: boolean): CheckResult => ({
    status: 'fail',
    summary: 'no CLI',
    evidence: [],
    layer: 'cursor-cli',
    fix: null,
    facts: {cliMissing},
  });
  expect(countedStatus(cliStatus, fail(true))).toBe('skip');
  expect(countedStatus(cliStatus, fail(false))).toBe('fail');
  expect(countedStatus(stepById('quota'), fail(true))).toBe('fail');
});

test('doctor says why a step is not needed from its rules: the step it fixes, or its own words', () => {
  const loginWhen = (status: 'pass' | 'fail' | 'skip') =>
    notNeededReason(stepById('cli-login'), STEPS, (id) =>
      id === 'cli-status' ? status : undefined,
    );
  expect(loginWhen('pass')).toBe('Not needed: `agent status` did not fail');
  expect(loginWhen('fail')).toBe(
    'Not needed: `agent status` failed for a reason a login cannot fix',
  );
  expect(loginWhen('skip')).toBe('Not needed: `agent status` was skipped');
  expect(notNeededReason(stepById('user-api-key'), STEPS, () => undefined)).toMatch(
    /^CURSOR_API_KEY is not set/,
  );
});
