import {describe, expect, test} from 'vitest';
import type {CheckResult, StepDefinition} from '../../source/core/step-model.js';
import {STEPS} from '../../source/core/steps/index.js';
import type {StepId} from '../../source/core/vocabulary.js';
import {
  canAdvance,
  createInitialState,
  createWizardReducer,
  displayStatus,
  fixStepFor,
  jumpOffer,
  wizardExitCode,
  PROGRESS_LINES_KEPT,
  type WizardEvent,
  type WizardState,
} from '../../source/core/wizard-machine.js';

const reduce = createWizardReducer(STEPS);

function result(status: CheckResult['status'], summary: string = status): CheckResult {
  return {
    status,
    summary,
    evidence: [],
    layer: status === 'fail' ? 'cursor-account' : null,
    fix: null,
  };
}

function apply(state: WizardState, ...events: WizardEvent[]): WizardState {
  return events.reduce(reduce, state);
}

/** Runs the queued check of the current step to the given result. */
function finishCurrent(state: WizardState, outcome: CheckResult): WizardState {
  const step = STEPS[state.index]!;
  const {runId} = state.records[step.id];
  return apply(
    state,
    {type: 'run-started', id: step.id, runId},
    {type: 'run-finished', id: step.id, runId, result: outcome},
  );
}

function currentId(state: WizardState): StepId {
  return STEPS[state.index]!.id;
}

/** State at step 2 (cli-status) with its check queued. */
function atStep2(env: Record<string, string> = {}): WizardState {
  const start = finishCurrent(createInitialState(STEPS, env), result('manual'));
  return apply(start, {type: 'confirm'});
}

describe('start', () => {
  test('begins at step 1 with its check queued and nothing else touched', () => {
    const state = createInitialState(STEPS, {});
    expect(state.index).toBe(0);
    expect(state.phase).toBe('active');
    expect(state.records['cursor-login'].phase).toBe('queued');
    expect(state.records['cli-status'].phase).toBe('idle');
  });
});

describe('running a check', () => {
  test('started then finished stores the result and merges learned facts', () => {
    const state = createInitialState(STEPS, {});
    const runId = state.records['cursor-login'].runId;
    const running = apply(state, {type: 'run-started', id: 'cursor-login', runId});
    expect(displayStatus(running.records['cursor-login'])).toBe('running');
    const done = apply(running, {
      type: 'run-finished',
      id: 'cursor-login',
      runId,
      result: {...result('manual'), facts: {cliAccountEmail: 'a@example.com'}},
    });
    expect(done.records['cursor-login'].phase).toBe('done');
    expect(done.facts.cliAccountEmail).toBe('a@example.com');
  });

  test('a result from a superseded run is ignored', () => {
    const step2 = atStep2();
    const oldRun = step2.records['cli-status'].runId;
    const started = apply(step2, {type: 'run-started', id: 'cli-status', runId: oldRun});
    const finished = finishCurrent(
      apply(started, {
        type: 'run-finished',
        id: 'cli-status',
        runId: oldRun,
        result: result('fail'),
      }),
      result('fail'),
    );
    const rechecked = apply(finished, {type: 'recheck'});
    const late = apply(rechecked, {
      type: 'run-finished',
      id: 'cli-status',
      runId: oldRun,
      result: result('pass'),
    });
    expect(late.records['cli-status'].phase).toBe('queued');
    expect(late.records['cli-status'].result?.status).toBe('fail');
  });

  test('progress lines are kept per run and capped', () => {
    const step2 = atStep2();
    const runId = step2.records['cli-status'].runId;
    let state = apply(step2, {type: 'run-started', id: 'cli-status', runId});
    for (let i = 0; i < PROGRESS_LINES_KEPT + 5; i++) {
      state = apply(state, {type: 'progress', id: 'cli-status', runId, line: `line ${i}`});
    }
    expect(state.records['cli-status'].progress).toHaveLength(PROGRESS_LINES_KEPT);
    expect(state.records['cli-status'].progress.at(-1)).toBe(`line ${PROGRESS_LINES_KEPT + 4}`);
  });
});

describe('advancing', () => {
  test('no advance on fail, with the reason given', () => {
    const at3 = apply(finishCurrent(atStep2({CURSOR_API_KEY: 'k'}), result('pass')), {
      type: 'next',
    });
    const failed = finishCurrent(apply(at3, {type: 'skip', reason: 'passes'}), result('fail'));
    const after = apply(failed, {type: 'next'});
    expect(currentId(after)).toBe('user-api-key');
    expect(after.notice).toMatch(/has not passed/);
  });

  test('no advance while the check is running or before it ran', () => {
    const step2 = atStep2();
    expect(apply(step2, {type: 'next'}).index).toBe(1);
    const running = apply(step2, {
      type: 'run-started',
      id: 'cli-status',
      runId: step2.records['cli-status'].runId,
    });
    const after = apply(running, {type: 'next'});
    expect(after.index).toBe(1);
    expect(after.notice).toMatch(/still being checked/);
  });

  test('pass, warn and unknown advance and queue the next check', () => {
    for (const status of ['pass', 'warn', 'unknown'] as const) {
      const advanced = apply(finishCurrent(atStep2(), result(status)), {type: 'next'});
      expect(currentId(advanced)).toBe('cli-login');
    }
  });

  test('a fail fixed and re-checked then advances', () => {
    const failed = finishCurrent(atStep2(), result('fail'));
    const rechecked = apply(failed, {type: 'recheck'});
    expect(rechecked.records['cli-status'].phase).toBe('queued');
    const passed = finishCurrent(rechecked, result('pass'));
    expect(currentId(apply(passed, {type: 'next'}))).toBe('cli-login');
    expect(passed.records['cli-status'].firstResult?.status).toBe('fail');
  });

  test('the last step finishing ends the wizard', () => {
    let state = atStep2({CURSOR_API_KEY: 'x'});
    while (state.phase === 'active') {
      const step = STEPS[state.index]!;
      if (state.records[step.id].phase === 'idle') state = apply(state, {type: 'recheck'});
      state = apply(finishCurrent(state, result('pass')), {type: 'next'});
    }
    expect(state.phase).toBe('finished');
    expect(state.history.map((entry) => entry.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('manual steps', () => {
  test('need an explicit confirmation; next alone does not move', () => {
    const state = finishCurrent(createInitialState(STEPS, {}), result('manual'));
    const refused = apply(state, {type: 'next'});
    expect(refused.index).toBe(0);
    expect(refused.notice).toMatch(/confirm/);
    const confirmed = apply(state, {type: 'confirm'});
    expect(confirmed.index).toBe(1);
    expect(displayStatus(confirmed.records['cursor-login'])).toBe('pass');
    expect(confirmed.history[0]?.summary).toBe('Confirmed by you');
  });

  test('cannot be confirmed while its check found a problem', () => {
    const state = finishCurrent(createInitialState(STEPS, {}), result('fail'));
    const refused = apply(state, {type: 'confirm'});
    expect(refused.index).toBe(0);
  });

  test('an automatic step cannot be confirmed by hand', () => {
    const failed = finishCurrent(atStep2(), result('fail'));
    const refused = apply(failed, {type: 'confirm'});
    expect(refused.index).toBe(1);
    expect(refused.notice).toMatch(/automatically/);
  });
});

describe('skipping', () => {
  test('a non-conditional step cannot be skipped', () => {
    const failed = finishCurrent(atStep2(), result('fail'));
    const refused = apply(failed, {type: 'skip', reason: 'bored'});
    expect(refused.index).toBe(1);
    expect(refused.notice).toMatch(/not optional/);
  });

  test('step 3 cannot be skipped when step 2 failed: its condition holds', () => {
    const failed = finishCurrent(atStep2(), result('fail'));
    // Step 2 failed, so the person is held there; jump to step 3 the way Back/forward would not.
    const at3 = apply(failed, {type: 'jump', id: 'cli-login'});
    expect(at3.index).toBe(1);
    expect(at3.notice).toMatch(/must pass/);
  });

  test('step 3 may be skipped with a reason when step 2 passed; it is not run', () => {
    const at3 = apply(finishCurrent(atStep2(), result('pass')), {type: 'next'});
    expect(currentId(at3)).toBe('cli-login');
    expect(at3.records['cli-login'].phase).toBe('idle');
    expect(apply(at3, {type: 'skip', reason: '  '}).notice).toMatch(/needs a reason/);
    const skipped = apply(at3, {type: 'skip', reason: '`agent status` already passes'});
    expect(currentId(skipped)).toBe('user-api-key');
    expect(displayStatus(skipped.records['cli-login'])).toBe('skip');
  });

  test('step 4 applies when CURSOR_API_KEY is set, so it cannot be skipped', () => {
    const at3 = apply(finishCurrent(atStep2({CURSOR_API_KEY: 'k'}), result('pass')), {
      type: 'next',
    });
    const at4 = apply(at3, {type: 'skip', reason: 'not needed'});
    expect(currentId(at4)).toBe('user-api-key');
    expect(at4.records['user-api-key'].phase).toBe('queued');
    const refused = apply(finishCurrent(at4, result('fail')), {type: 'skip', reason: 'no'});
    expect(currentId(refused)).toBe('user-api-key');
    expect(refused.notice).toMatch(/applies here/);
  });

  test('step 4 applies once the person says automation fails', () => {
    const at3 = apply(finishCurrent(atStep2(), result('pass')), {type: 'next'});
    const at4 = apply(at3, {type: 'skip', reason: 'fine'});
    const answered = apply(at4, {type: 'answer', key: 'automationFails', value: true});
    expect(apply(answered, {type: 'skip', reason: 'no'}).notice).toMatch(/applies here/);
  });
});

describe('back, jump, quit and cancel', () => {
  test('back moves one step and re-queues its check; not before step 1', () => {
    expect(apply(createInitialState(STEPS, {}), {type: 'back'}).notice).toMatch(/first step/);
    const passed = finishCurrent(atStep2(), result('pass'));
    const back = apply(passed, {type: 'back'});
    expect(currentId(back)).toBe('cursor-login');
    expect(back.records['cursor-login'].phase).toBe('queued');
  });

  test('jump ahead only when every earlier step passed or was skipped', () => {
    const passed = finishCurrent(atStep2(), result('pass'));
    const refused = apply(passed, {type: 'jump', id: 'quota'});
    expect(refused.index).toBe(1);
    const jumpedBack = apply(passed, {type: 'jump', id: 'cursor-login'});
    expect(jumpedBack.index).toBe(0);
  });

  test('quit and cancel end the wizard and later events change nothing', () => {
    const cancelled = apply(atStep2(), {type: 'cancel'});
    expect(cancelled.phase).toBe('cancelled');
    expect(apply(cancelled, {type: 'next'})).toBe(cancelled);
    expect(apply(atStep2(), {type: 'quit'}).phase).toBe('quit');
  });

  test('actions are queued only when the step has them', () => {
    const failed = finishCurrent(atStep2(), result('fail'));
    expect(apply(failed, {type: 'run-action', actionId: 'nope'}).notice).toMatch(/no action/);
    const withAction: StepDefinition[] = STEPS.map((step) =>
      step.id === 'cli-status'
        ? {...step, actions: [{id: 'fix', label: 'Fix', run: step.check}]}
        : step,
    );
    const reduceWith = createWizardReducer(withAction);
    const queued = reduceWith(failed, {type: 'run-action', actionId: 'fix'});
    expect(queued.records['cli-status'].request).toEqual({kind: 'action', actionId: 'fix'});
  });
});

describe('canAdvance', () => {
  test('names the pass condition when refusing a failed step', () => {
    const step = STEPS[1]!;
    const verdict = canAdvance(step, {
      ...atStep2().records['cli-status'],
      phase: 'done',
      result: result('fail'),
    });
    expect(verdict).toEqual({ok: false, reason: expect.stringContaining(step.passCondition)});
  });
});

describe('the pasted-error hint', () => {
  const hint = {
    layer: 'cli-status' as never,
    step: 5,
    provider: null,
    httpStatus: null,
    code: null,
    action: 'x',
    alsoPossible: [],
  };

  test('is stored and offers a jump only once every earlier step passes or was skipped', () => {
    const hinted = apply(atStep2(), {type: 'error-hint', hint: {...hint, layer: 'provider-key'}});
    expect(hinted.errorHint?.step).toBe(5);
    expect(jumpOffer(STEPS, hinted)).toBeNull();
    // Pass step 2, skip 3 and 4: the path to step 5 is clear, but the wizard is already there.
    let state = apply(finishCurrent(hinted, result('pass')), {type: 'next'});
    state = apply(state, {type: 'skip', reason: 'passes'});
    state = apply(state, {type: 'skip', reason: 'no automation'});
    expect(currentId(state)).toBe('byok-provider');
    expect(jumpOffer(STEPS, state)).toBeNull();
    // Back at step 2 with 3 and 4 now pending again, the jump is refused.
    const back = apply(state, {type: 'jump', id: 'cli-status'});
    expect(currentId(back)).toBe('cli-status');
    expect(jumpOffer(STEPS, back)).toBeNull();
    expect(apply(back, {type: 'jump', id: 'byok-provider'}).notice).toMatch(/must pass/);
  });

  test('is offered when the steps before it already pass', () => {
    let state = apply(atStep2(), {
      type: 'error-hint',
      hint: {...hint, layer: 'cursor-user-key', step: 4},
    });
    state = finishCurrent(state, result('pass'));
    // Step 3 has a result that passes from an earlier run, as after a restart of the checks.
    state = {
      ...state,
      records: {
        ...state.records,
        'cli-login': {...state.records['cli-login'], phase: 'done', result: result('pass')},
      },
    };
    expect(jumpOffer(STEPS, state)?.id).toBe('user-api-key');
    expect(currentId(apply(state, {type: 'jump', id: 'user-api-key'}))).toBe('user-api-key');
  });
});

describe('a failing step and the step that exists to fix it', () => {
  test('step 2 failing leads into step 3, and step 3 passing marks step 2 fixed', () => {
    const failed = finishCurrent(atStep2(), result('fail'));
    expect(fixStepFor(STEPS, failed)?.id).toBe('cli-login');
    const at3 = apply(failed, {type: 'next'});
    expect(currentId(at3)).toBe('cli-login');
    expect(at3.records['cli-login'].phase).toBe('queued');
    expect(at3.history.at(-1)?.status).toBe('fail');
    const loggedIn = finishCurrent(at3, result('pass', 'Logged in as o…@example.com'));
    expect(loggedIn.records['cli-status'].result?.status).toBe('pass');
    expect(loggedIn.records['cli-status'].result?.summary).toBe(
      'Fixed at step 3: Logged in as o…@example.com',
    );
    expect(loggedIn.records['cli-status'].firstResult?.status).toBe('fail');
  });

  test('while step 2 is re-checked, its old failure does not lead into step 3', () => {
    const failed = finishCurrent(atStep2(), result('fail'));
    const queued = apply(failed, {type: 'recheck'});
    const {runId} = queued.records['cli-status'];
    const running = apply(queued, {type: 'run-started', id: 'cli-status', runId});
    expect(fixStepFor(STEPS, running)).toBeNull();
    const refused = apply(running, {type: 'next'});
    expect(currentId(refused)).toBe('cli-status');
    expect(refused.notice).toBe('Step 2 is still being checked.');
  });

  test('a missing or broken CLI is not fixed by a login: step 2 holds', () => {
    const failed = finishCurrent(atStep2(), {...result('fail'), layer: 'cursor-cli'});
    expect(fixStepFor(STEPS, failed)).toBeNull();
    expect(apply(failed, {type: 'next'}).index).toBe(1);
  });

  test('a step that no longer applies drops its old verdict', () => {
    const at3 = apply(finishCurrent(atStep2(), result('fail')), {type: 'next'});
    const failedLogin = finishCurrent(at3, result('fail'));
    // Back to step 2, which now passes (fixed outside the wizard), then on to step 3 again.
    const back = apply(failedLogin, {type: 'back'});
    const passed = finishCurrent(back, result('pass'));
    const again = apply(passed, {type: 'next'});
    expect(currentId(again)).toBe('cli-login');
    expect(again.records['cli-login'].result).toBeNull();
    expect(displayStatus(again.records['cli-login'])).toBe('pending');
    // Quitting here leaves steps 5–10 unreached: not "no problem".
    expect(wizardExitCode(STEPS, apply(again, {type: 'quit'}))).toBe(3);
  });

  test('other failing steps still hold the wizard', () => {
    const at3 = apply(finishCurrent(atStep2({CURSOR_API_KEY: 'k'}), result('pass')), {
      type: 'next',
    });
    const at4 = apply(at3, {type: 'skip', reason: 'passes'});
    const failed = finishCurrent(at4, result('fail'));
    expect(fixStepFor(STEPS, failed)).toBeNull();
    expect(apply(failed, {type: 'next'}).index).toBe(3);
  });
});
