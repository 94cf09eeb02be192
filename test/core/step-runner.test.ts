// The one step runner: it never rejects, bounds a check by its ceiling and its cancel, times
// outcomes by the caller's clock, and merges what concurrent groups learned in a fixed order.
import {describe, expect, test} from 'vitest';
import {
  checkEach,
  createStepRunner,
  runInGroups,
  runInOrder,
  stepRunnerOf,
  type RunState,
} from '../../source/core/run/step-runner.js';
import type {Clock} from '../../source/core/runner.js';
import type {Check, CheckResult, StepDefinition} from '../../source/core/step-model.js';
import type {StepId} from '../../source/core/vocabulary.js';
import {bareStep} from '../helpers/bare-step.js';
import {createFakeRunner} from '../helpers/fake-runner.js';

function pass(facts: CheckResult['facts'] = {}): CheckResult {
  return {status: 'pass', summary: 'ok', evidence: [], layer: null, fix: null, facts};
}

const step = (id: StepId, check: Check): StepDefinition => bareStep(id, check);

/** A clock the test moves by hand; its sleeps end only when the test says or on abort. */
function handClock(start = 0) {
  let now = start;
  const sleepers: (() => void)[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: (_ms, signal) =>
      new Promise<void>((resolve) => {
        sleepers.push(resolve);
        signal?.addEventListener('abort', () => resolve(), {once: true});
      }),
  };
  return {
    clock,
    set: (ms: number) => (now = ms),
    /** Ends every sleep started so far, as if its time had passed. */
    elapse: () => sleepers.splice(0).forEach((wake) => wake()),
  };
}

function runnerFor(hand = handClock()) {
  return createStepRunner({
    runner: createFakeRunner({clock: hand.clock}),
    env: {},
    platform: 'linux',
    timeoutMs: 1000,
    options: {interactive: false, noCompletion: true, share: false},
  });
}

const empty: RunState = {answers: {}, facts: {}, results: {}};

/** A promise the test settles when it chooses, to order concurrent work without timing. */
function deferred(): {promise: Promise<void>; resolve: () => void} {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return {promise, resolve};
}

describe('one step', () => {
  test('a check that throws becomes an unknown verdict with one line, never a rejection', async () => {
    const run = await runnerFor().runStep({
      step: step('quota', async () => {
        throw new Error('socket hang up\n    at somewhere.js:1:1');
      }),
      state: empty,
    });
    expect(run.result).toMatchObject({
      status: 'unknown',
      summary: 'The check stopped unexpectedly: socket hang up',
    });
    expect(run.stopped).toBeNull();
  });

  test('outcomes are timed by the runner’s clock, and facts are merged into what the check saw', async () => {
    const hand = handClock(1_000);
    const run = await runnerFor(hand).runStep({
      step: step('cli-status', async () => {
        hand.set(4_000);
        return pass({cliMissing: true});
      }),
      state: {...empty, facts: {editorRunning: true}},
    });
    expect(run).toMatchObject({startedAt: 1_000, finishedAt: 4_000});
    expect(run.facts).toEqual({editorRunning: true, cliMissing: true});
  });

  test('a check past its ceiling is stopped and says so, even if it ignores its signal', async () => {
    const hand = handClock();
    const started = deferred();
    const running = runnerFor(hand).runStep({
      step: step('quota', () => {
        started.resolve();
        return new Promise<CheckResult>(() => {});
      }),
      state: empty,
      ceilingMs: 40_000,
      abandonOnCancel: true,
    });
    await started.promise;
    hand.elapse();
    const run = await running;
    expect(run.stopped).toBe('ceiling');
    expect(run.result).toMatchObject({status: 'unknown', summary: 'Did not finish within 40 s'});
  });

  test('a cancel stops waiting for a check that ignores it, when the caller asks', async () => {
    const controller = new AbortController();
    const started = deferred();
    const running = runnerFor().runStep({
      step: step('quota', () => {
        started.resolve();
        return new Promise<CheckResult>(() => {});
      }),
      state: empty,
      signal: controller.signal,
      abandonOnCancel: true,
    });
    await started.promise;
    controller.abort();
    const run = await running;
    expect(run.stopped).toBe('cancelled');
    expect(run.result.summary).toBe('Cancelled before it finished');
  });

  test('without that, a cancelled check keeps its own words', async () => {
    const controller = new AbortController();
    controller.abort();
    const run = await runnerFor().runStep({
      step: step('cli-login', async () => ({...pass(), status: 'manual', summary: 'login left'})),
      state: empty,
      signal: controller.signal,
    });
    expect(run.result.summary).toBe('login left');
    expect(run.stopped).toBe('cancelled');
  });
});

describe('a run', () => {
  test('owns its probes in flight; a check sees its own run, never another', async () => {
    const seen: unknown[] = [];
    const first = runnerFor();
    const second = runnerFor();
    const record: Check = async (context) => {
      seen.push(context.probesInFlight, stepRunnerOf(context).probesInFlight);
      return pass();
    };
    await first.runStep({step: step('quota', record), state: empty});
    await second.runStep({step: step('quota', record), state: empty});
    expect(seen[0]).toBe(first.probesInFlight);
    expect(seen[1]).toBe(first.probesInFlight);
    expect(seen[2]).toBe(second.probesInFlight);
    expect(first.probesInFlight).not.toBe(second.probesInFlight);
  });

  test('in order, each step sees what the ones before it learned', async () => {
    const run = runnerFor();
    const end = await runInOrder(
      [
        step('cli-status', async () => pass({cliAccountEmail: 'a@example.com'})),
        step('cli-login', async (context) =>
          pass({cursorKeyOwnerEmail: context.facts.cliAccountEmail ?? null}),
        ),
      ],
      empty,
      checkEach(run),
    );
    expect(end.facts.cursorKeyOwnerEmail).toBe('a@example.com');
    expect(Object.keys(end.results)).toEqual(['cli-status', 'cli-login']);
  });

  test('groups run side by side on their own facts, merged in the groups’ order whoever ends last', async () => {
    const run = runnerFor();
    const firstMayEnd = deferred();
    const secondEnded = deferred();
    const seenByFirst: (boolean | undefined)[] = [];
    const end = await runInGroups(
      [
        [
          step('cli-status', async () => {
            await firstMayEnd.promise;
            return pass({editorRunning: false, cliMissing: true});
          }),
          step('cli-login', async (context) => {
            seenByFirst.push(context.facts.restartObserved);
            return pass();
          }),
        ],
        [
          step('provider-test', async () => {
            secondEnded.resolve();
            return pass({editorRunning: true, restartObserved: true});
          }),
          step('quota', async () => {
            firstMayEnd.resolve();
            return pass();
          }),
        ],
      ],
      {...empty, facts: {rateLimitRetried: ['k1']}},
      checkEach(run),
    );
    await secondEnded.promise;
    // The first group never saw what the second learned while it ran.
    expect(seenByFirst).toEqual([undefined]);
    // The later group's word wins on a shared fact, although the earlier group ended last.
    expect(end.facts).toEqual({
      rateLimitRetried: ['k1'],
      editorRunning: true,
      cliMissing: true,
      restartObserved: true,
    });
    expect(Object.keys(end.results).sort()).toEqual(
      ['cli-login', 'cli-status', 'provider-test', 'quota'].sort(),
    );
  });
});
