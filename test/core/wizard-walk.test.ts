// The walk as a doctor runs it: checks that need nobody run ahead, the walk shows only what
// needs the person, and a failure leads to the later step that owns its layer.
import {describe, expect, test} from 'vitest';
import type {Diagnosis} from '../../source/core/diagnosis.js';
import {Secret} from '../../source/core/secrets.js';
import type {CheckResult} from '../../source/core/step-model.js';
import {STEPS} from '../../source/core/steps/index.js';
import type {Layer, StepId} from '../../source/core/vocabulary.js';
import {
  canWatch,
  createInitialState,
  parseProgress,
  progressOf,
  createWizardReducer,
  displayStatus,
  openCount,
  routeFor,
  wizardVerdict,
  type WizardEvent,
  type WizardState,
} from '../../source/core/wizard-machine.js';

const reduce = createWizardReducer(STEPS);
const apply = (state: WizardState, ...events: WizardEvent[]) => events.reduce(reduce, state);
const KEY_ENV = {OPENAI_API_KEY: 'sk-proj-' + 'a'.repeat(40)};

function result(status: CheckResult['status'], layer: Layer | null = null): CheckResult {
  return {status, summary: `says ${status}`, evidence: [], layer, fix: null};
}

/** Finishes a queued run of the given step. */
function finish(state: WizardState, id: StepId, outcome: CheckResult): WizardState {
  const {runId, phase} = state.records[id];
  expect(phase, `${id} should be queued`).toBe('queued');
  return apply(
    state,
    {type: 'run-started', id, runId},
    {type: 'run-finished', id, runId, result: outcome},
  );
}

const queued = (state: WizardState) =>
  STEPS.filter((step) => state.records[step.id].phase === 'queued').map((step) => step.id);
const current = (state: WizardState) => STEPS[state.index]!.id;

/** A healthy machine: everything that runs ahead has run and passed. */
function healthyChecklist(env: Record<string, string> = KEY_ENV): WizardState {
  let state = createInitialState(STEPS, env, {}, {mode: 'ahead'});
  state = finish(state, 'cursor-login', result('manual'));
  state = finish(state, 'cli-status', result('pass'));
  state = finish(state, 'byok-provider', result('pass'));
  state = finish(state, 'key-paste', result('pass'));
  return state;
}

describe('running ahead', () => {
  test('every check that needs nobody is queued at once; a chain waits for its earlier step', () => {
    const state = createInitialState(STEPS, KEY_ENV, {}, {mode: 'ahead'});
    expect(state.view).toBe('checklist');
    expect(queued(state)).toEqual(['cursor-login', 'cli-status', 'byok-provider']);
    const after5 = finish(state, 'byok-provider', result('pass'));
    expect(queued(after5)).toContain('key-paste');
  });

  test('steps that plainly do not apply are skipped with their reason, no keypress', () => {
    const state = healthyChecklist();
    expect(displayStatus(state.records['cli-login'])).toBe('skip');
    expect(displayStatus(state.records['user-api-key'])).toBe('skip');
    expect(state.records['user-api-key'].skipReason).toMatch(/^Not needed: runs only when/);
    // The skip is the wizard's, not the person's: an answer that makes it apply takes it back.
    const optedIn = apply(state, {type: 'answer', key: 'automationFails', value: true});
    expect(optedIn.records['user-api-key'].skipReason).toBeNull();
  });

  test('opting in is one event: the answer, and the step checked again at once', () => {
    let state = apply(healthyChecklist(), {type: 'open', id: 'user-api-key'});
    expect(current(state)).toBe('user-api-key');
    const runId = state.records['user-api-key'].runId;
    state = apply(state, {
      type: 'opt-in',
      answer: {key: 'automationFails', value: true},
    });
    expect(state.answers.automationFails).toBe(true);
    expect(state.records['user-api-key']).toMatchObject({
      phase: 'queued',
      request: {kind: 'check', fresh: true},
      runId: runId + 1,
    });
  });

  test('the billable step waits for the person: it asks before its first request', () => {
    const state = healthyChecklist();
    expect(state.records['provider-test'].phase).toBe('idle');
    expect(state.records['model-support'].phase).toBe('idle');
  });

  test('with --no-completion answered up front, the whole provider chain runs ahead', () => {
    let state = createInitialState(
      STEPS,
      KEY_ENV,
      {completionConsent: 'never', models: {openai: 'gpt-4o'}},
      {mode: 'ahead'},
    );
    for (const id of ['byok-provider', 'key-paste', 'provider-test', 'model-support'] as const) {
      state = finish(state, id, result('pass'));
    }
    expect(queued(state)).toContain('quota');
  });
});

describe('the walk', () => {
  test('shows only what needs the person, and passes move on by themselves', () => {
    let state = apply(healthyChecklist(), {type: 'walk'});
    expect(state.view).toBe('step');
    expect(current(state)).toBe('cursor-login');
    state = apply(state, {type: 'confirm'});
    // Steps 2–6 passed or do not apply: straight to step 7, which is checked now.
    expect(current(state)).toBe('provider-test');
    expect(state.records['provider-test'].phase).toBe('queued');
    state = apply(state, {type: 'answer', key: 'completionConsent', value: 'yes'});
    state = finish(state, 'provider-test', result('pass'));
    expect(current(state)).toBe('model-support');
    state = apply(state, {type: 'answer', key: 'selectedModel', value: 'gpt-4o'});
    state = finish(state, 'model-support', result('pass'));
    // Step 9 ran ahead once 8 was done; it passes and the walk moves on.
    state = finish(state, 'quota', result('pass'));
    expect(current(state)).toBe('restart');
    state = finish(state, 'restart', result('manual'));
    state = apply(state, {type: 'confirm'});
    expect(state.phase).toBe('finished');
    expect(wizardVerdict(STEPS, state).code).toBe(0);
  });

  test('"done" is unreachable while a step that applies has not passed', () => {
    let state = apply(healthyChecklist(), {type: 'walk'});
    state = apply(state, {type: 'confirm'});
    const refused = apply(state, {type: 'next'});
    expect(refused.phase).toBe('active');
    expect(refused.notice).toMatch(/Step 7/);
  });

  test('a step opened from the checklist shows its result and does not move on by itself', () => {
    let state = apply(healthyChecklist(), {type: 'open', id: 'cli-status'});
    expect(current(state)).toBe('cli-status');
    expect(state.records['cli-status'].phase).toBe('done');
    state = apply(state, {type: 'recheck'});
    state = finish(state, 'cli-status', result('pass'));
    expect(current(state)).toBe('cli-status');
    expect(apply(state, {type: 'back'}).view).toBe('checklist');
  });
});

describe('routing by layer', () => {
  function atStep7Failing(layer: Layer): WizardState {
    let state = apply(healthyChecklist(), {type: 'walk'}, {type: 'confirm'});
    state = apply(state, {type: 'answer', key: 'completionConsent', value: 'yes'});
    return finish(state, 'provider-test', result('fail', layer));
  }

  test.each([
    ['quota', 'quota'],
    ['rate-limit', 'quota'],
    ['model', 'model-support'],
    ['request', 'model-support'],
    ['base-url', 'model-support'],
  ] as const)('a %s failure at step 7 leads to %s first', (layer, target) => {
    const state = atStep7Failing(layer);
    expect(routeFor(STEPS, state)?.id).toBe(target);
    const routed = apply(state, {type: 'route'});
    expect(current(routed)).toBe(target);
  });

  test('a key problem is fixed where it is: no route', () => {
    expect(routeFor(STEPS, atStep7Failing('provider-key'))).toBeNull();
  });

  test('quota at 7 → 9; a pass at 9 fixes 7, then the walk comes back to step 8', () => {
    let state = apply(atStep7Failing('quota'), {type: 'route'});
    // Step 9 ran ahead after 7 finished; the person fixed the billing and re-checks.
    state = finish(state, 'quota', result('fail', 'quota'));
    state = apply(state, {type: 'recheck'});
    expect(state.records.quota.request).toEqual({kind: 'check', fresh: true});
    state = finish(state, 'quota', result('pass'));
    expect(state.records['provider-test'].result?.status).toBe('pass');
    expect(state.records['provider-test'].result?.summary).toMatch(/^Fixed at step 9/);
    expect(current(state)).toBe('model-support');
  });

  test('a Cursor key problem at step 2 leads to step 4', () => {
    let state = createInitialState(STEPS, {CURSOR_API_KEY: 'k'}, {}, {mode: 'ahead'});
    state = finish(state, 'cursor-login', result('manual'));
    state = finish(state, 'cli-status', result('fail', 'cursor-user-key'));
    state = apply(state, {type: 'walk'}, {type: 'confirm'});
    expect(current(state)).toBe('cli-status');
    expect(routeFor(STEPS, state)?.id).toBe('user-api-key');
    expect(current(apply(state, {type: 'route'}))).toBe('user-api-key');
  });

  test('a logged-out CLI at step 2 leads into the login at step 3', () => {
    let state = createInitialState(STEPS, {}, {}, {mode: 'ahead'});
    state = finish(state, 'cursor-login', result('manual'));
    state = finish(state, 'cli-status', result('fail', 'cursor-account'));
    state = apply(state, {type: 'walk'}, {type: 'confirm'}, {type: 'route'});
    expect(current(state)).toBe('cli-login');
    state = finish(state, 'cli-login', result('pass'));
    expect(state.records['cli-status'].result?.summary).toMatch(/^Fixed at step 3/);
    expect(current(state)).not.toBe('cli-login');
  });
});

describe('an error pasted at the start', () => {
  const hint = (step: number, layer: Layer): Diagnosis => ({
    layer,
    step,
    provider: null,
    httpStatus: null,
    code: null,
    action: '',
    alsoPossible: [],
  });

  test('the walk goes straight to the step that owns it when nothing before it failed', () => {
    let state = apply(healthyChecklist(), {type: 'error-hint', hint: hint(9, 'quota')});
    state = apply(state, {type: 'walk'});
    expect(current(state)).toBe('quota');
    // Without a billable answer yet, step 9 runs free and stays undecided.
    expect(state.records.quota.phase).toBe('queued');
  });

  test('it stops early where an earlier step fails', () => {
    let state = createInitialState(STEPS, KEY_ENV, {}, {mode: 'ahead'});
    state = finish(state, 'cli-status', result('fail', 'cursor-cli'));
    state = apply(state, {type: 'error-hint', hint: hint(9, 'quota')}, {type: 'walk'});
    expect(current(state)).toBe('cli-status');
  });

  test('the checklist counts the steps the walk will show', () => {
    expect(openCount(STEPS, healthyChecklist())).toBe(5);
  });
});

describe('watch until pass', () => {
  test('a failing free check is re-checked until it passes; billable checks are never watched', () => {
    let state = createInitialState(STEPS, {}, {}, {mode: 'ahead'});
    state = finish(state, 'cursor-login', result('manual'));
    state = finish(state, 'cli-status', result('fail', 'cursor-account'));
    state = apply(state, {type: 'walk'}, {type: 'confirm'}, {type: 'watch'});
    expect(state.watch).toEqual({id: 'cli-status', attempt: 0});
    state = finish(state, 'cli-status', result('fail', 'cursor-account'));
    expect(state.watch).toEqual({id: 'cli-status', attempt: 1});
    state = apply(state, {type: 'recheck'});
    state = finish(state, 'cli-status', result('pass'));
    expect(state.watch).toBeNull();
    expect(current(state)).not.toBe('cli-status');
    expect(
      canWatch(STEPS[6], {
        ...state.records['provider-test'],
        phase: 'done',
        result: result('fail'),
      }),
    ).toBe(false);
  });
});

describe('resume after a restart', () => {
  test('saved statuses stand, no key is saved, and the walk goes to step 10', () => {
    const before = healthyChecklist();
    const saved = progressOf(
      STEPS,
      {...before, answers: {...before.answers, selectedModel: 'gpt-4o'}},
      new Date(),
    );
    expect(JSON.stringify(saved)).not.toContain('sk-proj-');
    const parsed = parseProgress(JSON.stringify(saved), new Date());
    expect(parsed.kind).toBe('resumable');
    if (parsed.kind !== 'resumable') return;
    const resumed = apply(createInitialState(STEPS, KEY_ENV, {}, {mode: 'ahead'}), {
      type: 'resume',
      progress: parsed.progress,
    });
    expect(current(resumed)).toBe('restart');
    expect(resumed.records['cli-status'].result?.summary).toBe(
      'pass before the restart (saved progress)',
    );
    expect(resumed.answers.selectedModel).toBe('gpt-4o');
  });

  test('a corrupt, foreign or old file is ignored with one line', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    expect(parseProgress('{oops', now)).toMatchObject({kind: 'ignored'});
    expect(parseProgress('{"version":2}', now)).toMatchObject({
      notice: 'Saved progress ignored: it was written by another version. Starting over.',
    });
    const old = JSON.stringify({version: 1, savedAt: '2026-11-30T12:00:00Z', statuses: {}});
    expect(parseProgress(old, now)).toMatchObject({notice: expect.stringContaining('a day old')});
  });
});

describe('a typed key replaced', () => {
  test('every step that judged the old key is checked again with the new one', () => {
    const oldKey = new Secret('sk-proj-' + 'o'.repeat(40), 'input');
    const newKey = new Secret('sk-proj-' + 'n'.repeat(40), 'input');
    let state = createInitialState(
      STEPS,
      {},
      {providerKey: oldKey, byokField: 'openai', completionConsent: 'yes', selectedModel: 'gpt-4o'},
      {mode: 'ahead'},
    );
    state = finish(state, 'cursor-login', result('manual'));
    state = finish(state, 'cli-status', result('pass'));
    state = finish(state, 'byok-provider', result('pass'));
    state = finish(state, 'key-paste', result('pass'));
    state = finish(state, 'provider-test', result('fail', 'provider-key'));
    state = finish(state, 'model-support', result('pass'));
    state = finish(state, 'quota', result('pass'));
    state = apply(state, {type: 'walk'}, {type: 'confirm'});
    expect(current(state)).toBe('provider-test');
    // What the menu's "Paste a different provider key" sends: one event.
    state = apply(state, {type: 'replace-key'});
    expect(current(state)).toBe('byok-provider');
    expect(state.answers.providerKey).toBeUndefined();
    expect(state.answers.byokField).toBeUndefined();
    state = apply(
      state,
      {type: 'answer', key: 'providerKey', value: newKey},
      {type: 'answer', key: 'byokField', value: 'openai'},
    );
    state = finish(state, 'byok-provider', result('pass'));
    // The old key's verdicts at 6, 8 and 9 say nothing about the new key.
    for (const id of ['key-paste', 'provider-test', 'model-support', 'quota'] as const) {
      expect(state.records[id].result, id).toBeNull();
    }
    state = finish(state, 'key-paste', result('fail', 'provider-key'));
    expect(wizardVerdict(STEPS, state).failed.map((step) => step.id)).toEqual(['key-paste']);
  });
});

describe('a billable step seen failing', () => {
  test('coming back to it shows its verdict; the completion is sent again only on Re-check', () => {
    let state = apply(healthyChecklist(), {type: 'walk'}, {type: 'confirm'});
    state = apply(state, {type: 'answer', key: 'completionConsent', value: 'yes'});
    state = finish(state, 'provider-test', result('fail', 'model'));
    state = apply(state, {type: 'route'});
    expect(current(state)).toBe('model-support');
    // Back to the checklist and on with the walk, with nothing changed: same key, model, URL.
    state = apply(state, {type: 'back'}, {type: 'walk'});
    expect(current(state)).toBe('provider-test');
    expect(state.records['provider-test'].phase).toBe('done');
    expect(state.records['provider-test'].result?.status).toBe('fail');
    state = apply(state, {type: 'recheck'});
    expect(state.records['provider-test'].request).toEqual({kind: 'check', fresh: true});
  });
});

describe('saved progress', () => {
  test('a key typed where the model name goes is never saved as the model', () => {
    // An Azure key is 84 letters and digits: no public prefix, so the model field takes it.
    const azureKey = 'Ab3d'.repeat(21);
    const typed = new Secret(azureKey, 'input');
    const state = createInitialState(
      STEPS,
      {},
      {providerKey: typed, selectedModel: azureKey},
      {mode: 'ahead'},
    );
    const saved = progressOf(STEPS, state, new Date());
    expect(saved.model).toBeNull();
    expect(JSON.stringify(saved)).not.toContain(azureKey.slice(0, 20));
  });

  test('a key in the environment, typed as the model, is not saved either', () => {
    const envKey = 'Zz9y'.repeat(21);
    const state = createInitialState(
      STEPS,
      {AZURE_OPENAI_API_KEY: envKey},
      {selectedModel: envKey},
      {mode: 'ahead'},
    );
    expect(progressOf(STEPS, state, new Date()).model).toBeNull();
  });
});

describe('a route whose origin changed', () => {
  test('a pass at the routed step does not fix a failure that has since become another', () => {
    let state = apply(healthyChecklist(), {type: 'walk'}, {type: 'confirm'});
    state = apply(state, {type: 'answer', key: 'completionConsent', value: 'yes'});
    state = finish(state, 'provider-test', result('fail', 'quota'));
    state = apply(state, {type: 'route'});
    expect(current(state)).toBe('quota');
    state = finish(state, 'quota', result('fail', 'quota'));
    // Step 7 re-checked from the checklist: now the key itself is refused.
    state = apply(state, {type: 'back'}, {type: 'open', id: 'provider-test'}, {type: 'recheck'});
    state = finish(state, 'provider-test', result('fail', 'provider-key'));
    state = apply(state, {type: 'back'}, {type: 'open', id: 'quota'}, {type: 'recheck'});
    state = finish(state, 'quota', result('pass'));
    expect(state.records['provider-test'].result?.status).toBe('fail');
    expect(state.records['provider-test'].result?.layer).toBe('provider-key');
  });
});

test('a saved model holding terminal escapes is not restored or drawn', () => {
  const now = new Date();
  const text = JSON.stringify({
    version: 1,
    savedAt: now.toISOString(),
    statuses: {'cli-status': 'pass'},
    provider: 'openai',
    model: 'gpt-4o\u001B]52;c;ZXZpbA==\u0007\u001B[2J',
  });
  const parsed = parseProgress(text, now);
  expect(parsed.kind).toBe('resumable');
  if (parsed.kind === 'resumable') expect(parsed.progress.model).toBeNull();
});

test('a login that passes fixes only the logged-out failure it ran for', () => {
  let state = createInitialState(STEPS, {}, {}, {mode: 'ahead'});
  state = finish(state, 'cursor-login', result('manual'));
  state = finish(state, 'cli-status', result('fail', 'cursor-account'));
  state = apply(state, {type: 'walk'}, {type: 'confirm'}, {type: 'route'});
  expect(current(state)).toBe('cli-login');
  const login = state.records['cli-login'];
  state = apply(state, {type: 'run-started', id: 'cli-login', runId: login.runId});
  // While the browser login waits, step 2 is re-checked from the checklist: the CLI is broken.
  state = apply(state, {type: 'back'}, {type: 'open', id: 'cli-status'}, {type: 'recheck'});
  state = finish(state, 'cli-status', result('fail', 'cursor-cli'));
  state = apply(state, {
    type: 'run-finished',
    id: 'cli-login',
    runId: login.runId,
    result: result('pass'),
  });
  expect(state.records['cli-status'].result?.status).toBe('fail');
});

test('saved progress dated in the future is ignored, not offered for ever', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  const text = JSON.stringify({
    version: 1,
    savedAt: '9999-01-01T00:00:00.000Z',
    statuses: {'cli-status': 'pass'},
    provider: null,
    model: null,
  });
  expect(parseProgress(text, now).kind).toBe('ignored');
});
