// doctor in-process, with a fake runner and scripted steps: the contract's JSON, exit codes,
// skip/manual rules, concurrency, cancellation, stdin key, progress and secrets.
import {PassThrough} from 'node:stream';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {ProviderOutcome} from '../../source/core/diagnosis.js';
import type {Clock} from '../../source/core/runner.js';
import type {CheckResult, StepDefinition} from '../../source/core/step-model.js';
import {findKeyShapes} from '../../source/core/secrets.js';
import {
  runDoctorCommand,
  type DoctorCommand,
  type DoctorDeps,
} from '../../source/doctor/doctor-command.js';
import {runDoctor} from '../../source/doctor/run-doctor.js';
import {createFakeRunner, type FakeRunner} from '../helpers/fake-runner.js';
import {allPassing, scriptedSteps} from '../helpers/scripted-steps.js';
import {synthetic} from '../helpers/mock-providers/keys.js';
import {EXIT_OF_VERDICT, validateDoctorDocument} from './contract.js';

const COMMAND: DoctorCommand = {
  json: true,
  report: null,
  timeoutMs: 1000,
  models: {},
  noCompletion: true,
  verbose: false,
};

function sink(isTTY = false) {
  const chunks: string[] = [];
  return {isTTY, write: (text: string) => chunks.push(text), text: () => chunks.join('')};
}

function ttyStdin() {
  const stream = new PassThrough() as PassThrough & {isTTY?: boolean};
  stream.isTTY = true;
  return stream;
}

interface Harness {
  runner: FakeRunner;
  stdout: ReturnType<typeof sink>;
  stderr: ReturnType<typeof sink>;
  deps: DoctorDeps;
  cancel: () => void;
}

function harness(
  options: {
    steps?: StepDefinition[];
    env?: Record<string, string>;
    stderrTTY?: boolean;
    stdin?: PassThrough;
  } = {},
): Harness {
  const runner = createFakeRunner();
  const stdout = sink();
  const stderr = sink(options.stderrTTY ?? false);
  const h: Harness = {
    runner,
    stdout,
    stderr,
    cancel: () => undefined,
    deps: {
      io: {stdin: options.stdin ?? ttyStdin(), stdout, stderr},
      env: options.env ?? {},
      platform: 'linux',
      runner,
      steps: options.steps ?? scriptedSteps(runner),
      version: '9.9.9',
      onInterrupt: (cancel) => {
        h.cancel = cancel;
        return () => undefined;
      },
      stdinWaitMs: 200,
    },
  };
  return h;
}

function withCheck(
  steps: StepDefinition[],
  id: string,
  check: StepDefinition['check'],
): StepDefinition[] {
  return steps.map((step) => (step.id === id ? {...step, check} : step));
}

const result = (status: CheckResult['status'], extra: Partial<CheckResult> = {}): CheckResult => ({
  status,
  summary: `said ${status}`,
  evidence: [],
  layer: status === 'fail' ? 'quota' : null,
  fix: status === 'fail' ? {summary: 'Add credit', url: 'https://example.com/billing'} : null,
  ...extra,
});

async function runJson(h: Harness, command: Partial<DoctorCommand> = {}) {
  const code = await runDoctorCommand({...COMMAND, ...command}, h.deps);
  const doc = JSON.parse(h.stdout.text());
  expect(validateDoctorDocument(doc)).toEqual([]);
  expect(code).toBe(EXIT_OF_VERDICT[doc.verdict.status]);
  return {code, doc};
}

describe('doctor command', () => {
  it('all automatic checks pass: ok, exit 0, manual steps stay manual, stdout is one JSON document', async () => {
    const h = harness();
    allPassing(h.runner);
    const {code, doc} = await runJson(h);
    expect(code).toBe(0);
    expect(doc.verdict).toMatchObject({status: 'ok', layer: null, step: null});
    expect(doc.steps.map((s: {status: string}) => s.status)).toEqual([
      'manual',
      'pass',
      'skip',
      'skip',
      'pass',
      'pass',
      'pass',
      'pass',
      'pass',
      'manual',
    ]);
    expect(doc.providers).toEqual([]);
    expect(h.stderr.text()).toBe('');
  });

  it('a failure gives problem, exit 1, and names the first failing layer and its step', async () => {
    const h = harness();
    allPassing(h.runner);
    h.runner.onProcess('probe quota', {stdout: 'fail\n'});
    h.runner.onProcess('probe key-paste', {stdout: 'fail\n'});
    const {code, doc} = await runJson(h);
    expect(code).toBe(1);
    // Found at step 6, but a Cursor account problem is fixed at step 1, the step that owns it.
    expect(doc.verdict).toMatchObject({status: 'problem', layer: 'cursor-account', step: 1});
    expect(doc.steps[5].fix).toMatch(/fix key-paste/);
  });

  it('an unknown with no failure is inconclusive, exit 3, in text mode too', async () => {
    const h = harness();
    allPassing(h.runner);
    h.runner.onProcess('probe model-support', {stdout: 'unknown\n'});
    const code = await runDoctorCommand({...COMMAND, json: false}, h.deps);
    expect(code).toBe(3);
    expect(h.stdout.text()).toMatch(/^ 8 {2}\? unknown/m);
    expect(h.stdout.text()).toMatch(/Result: inconclusive/);
  });

  it('step 3 is manual with `agent login` when step 2 fails, skip otherwise', async () => {
    const h = harness();
    allPassing(h.runner);
    h.runner.onProcess('probe cli-status', {stdout: 'fail\n'});
    const {doc} = await runJson(h);
    expect(doc.steps[2]).toMatchObject({status: 'manual'});
    expect(doc.steps[2].fix).toMatch(/agent login/);
  });

  it('a CLI missing from PATH makes step 2 skip, not fail', async () => {
    const h0 = harness();
    const steps = withCheck(scriptedSteps(h0.runner), 'cli-status', async () =>
      result('fail', {layer: 'cursor-cli', facts: {cli: null, cliMissing: true}}),
    );
    const h = harness({steps});
    allPassing(h.runner);
    const {code, doc} = await runJson(h);
    expect(doc.steps[1]).toMatchObject({status: 'skip', layer: null, fix: null});
    expect(doc.steps[2]).toMatchObject({status: 'skip'});
    expect(code).toBe(0);
  });

  it('a broken CLI fails step 2 and skips step 3: a login cannot fix it', async () => {
    const h0 = harness();
    const steps = withCheck(scriptedSteps(h0.runner), 'cli-status', async () =>
      result('fail', {layer: 'cursor-cli'}),
    );
    const h = harness({steps});
    allPassing(h.runner);
    const {code, doc} = await runJson(h);
    expect(doc.steps[1]).toMatchObject({status: 'fail', layer: 'cursor-cli'});
    expect(doc.steps[2]).toMatchObject({status: 'skip'});
    expect(doc.steps[2].summary).toMatch(/a login cannot fix/);
    expect(code).toBe(1);
  });

  it('CURSOR_API_KEY set: step 4 runs and the cursor key is listed by fingerprint only', async () => {
    const key = synthetic.cursor();
    const h = harness({env: {CURSOR_API_KEY: key}});
    allPassing(h.runner);
    h.runner.onProcess('probe user-api-key', {stdout: 'fail\n'});
    const {doc} = await runJson(h);
    expect(doc.steps[3].status).toBe('fail');
    expect(doc.providers).toEqual([
      expect.objectContaining({
        provider: 'cursor',
        keySource: 'env:CURSOR_API_KEY',
        status: 'fail',
      }),
    ]);
    expect(h.stdout.text()).not.toContain(key);
  });

  it('provider outcomes from steps 5–9 become the providers list, worst outcome per key', async () => {
    const h0 = harness();
    const outcome = (
      status: ProviderOutcome['status'],
      layer: ProviderOutcome['layer'],
      httpStatus: number | null,
    ): ProviderOutcome => ({
      provider: 'openai',
      keySource: 'env:OPENAI_API_KEY',
      fingerprint: 'fp:1a2b3c4d',
      baseUrl: 'https://api.openai.com/v1',
      status,
      layer,
      httpStatus,
      code: layer ? 'insufficient_quota' : null,
      retryAfterSeconds: null,
      requestId: 'req_0123456789abcdef0123456789abcdef',
    });
    let steps = withCheck(scriptedSteps(h0.runner), 'provider-test', async () =>
      result('pass', {facts: {providerOutcomes: [outcome('pass', null, 200)]}}),
    );
    steps = withCheck(steps, 'quota', async () =>
      result('fail', {facts: {providerOutcomes: [outcome('fail', 'quota', 429)]}}),
    );
    const h = harness({steps});
    allPassing(h.runner);
    const {doc} = await runJson(h);
    expect(doc.providers).toEqual([outcome('fail', 'quota', 429)]);
    expect(doc.verdict).toMatchObject({status: 'problem', layer: 'quota', step: 9});
  });

  it('runs the Cursor group and the provider group concurrently', async () => {
    const h = harness();
    allPassing(h.runner);
    const gate = h.runner.hold('probe cli-status');
    const running = runDoctorCommand(COMMAND, h.deps);
    await expect.poll(() => h.runner.processCalls.some((c) => c.args[0] === 'quota')).toBe(true);
    // Step 4 waits for step 2 (same group); the provider steps did not.
    expect(h.runner.processCalls.some((c) => c.args[0] === 'user-api-key')).toBe(false);
    gate.release();
    expect(await running).toBe(0);
  });

  it('Ctrl+C aborts every check and exits 130 with nothing on stdout', async () => {
    const h = harness();
    allPassing(h.runner);
    h.runner.hold('probe cli-status');
    h.runner.hold('probe provider-test');
    const running = runDoctorCommand(COMMAND, h.deps);
    await expect.poll(() => h.runner.processCalls.length).toBeGreaterThan(2);
    h.cancel();
    expect(await running).toBe(130);
    expect(h.stdout.text()).toBe('');
    expect(h.stderr.text()).toMatch(/cancelled/);
    expect(h.runner.processCalls.find((c) => c.args[0] === 'cli-status')?.signal?.aborted).toBe(
      true,
    );
  });

  it('progress goes to stderr only when stderr is a terminal', async () => {
    const quiet = harness();
    allPassing(quiet.runner);
    await runDoctorCommand(COMMAND, quiet.deps);
    expect(quiet.stderr.text()).toBe('');
    const loud = harness({stderrTTY: true});
    allPassing(loud.runner);
    await runDoctorCommand(COMMAND, loud.deps);
    expect(loud.stderr.text()).toMatch(/checking 2 cli-status/);
    expect(() => JSON.parse(loud.stdout.text())).not.toThrow();
  });

  it('takes one provider key from piped stdin and never prints it, even when a check echoes it', async () => {
    const key = synthetic.openai();
    const stdin = new PassThrough();
    stdin.end(`${key}\n`);
    const h0 = harness();
    const steps = withCheck(scriptedSteps(h0.runner), 'provider-test', async (context) =>
      result('fail', {
        summary: `tested ${context.answers.providerKey?.reveal()} from ${context.answers.providerKey?.source}`,
        evidence: [`Authorization: Bearer ${context.answers.providerKey?.reveal()}`],
      }),
    );
    const h = harness({steps, stdin});
    allPassing(h.runner);
    const code = await runDoctorCommand({...COMMAND, json: false, verbose: true}, h.deps);
    expect(code).toBe(1);
    const out = h.stdout.text();
    expect(out).toMatch(/from stdin/);
    expect(out).not.toContain(key);
    expect(findKeyShapes(out)).toEqual([]);
  });

  it('refuses more than one line of stdin with a usage error', async () => {
    const stdin = new PassThrough();
    stdin.end('one\ntwo\n');
    const h = harness({stdin});
    expect(await runDoctorCommand(COMMAND, h.deps)).toBe(2);
    expect(h.stderr.text()).toMatch(/exactly one provider key/);
    expect(h.stdout.text()).toBe('');
  });

  it('an open stdin pipe that never writes does not block doctor', async () => {
    const h = harness({stdin: new PassThrough()});
    allPassing(h.runner);
    expect(await runDoctorCommand(COMMAND, h.deps)).toBe(0);
  });

  describe('--report', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'ckw-report-'));
    });
    afterEach(async () => {
      await rm(dir, {recursive: true, force: true});
    });

    it('writes a report free of keys, with versions, steps and evidence', async () => {
      const key = synthetic.anthropic();
      const h0 = harness();
      const steps = withCheck(scriptedSteps(h0.runner), 'quota', async () =>
        result('fail', {
          evidence: [`x-api-key: ${key}`, 'HTTP 400 request id req_011CSynthExampleId000004'],
        }),
      );
      const h = harness({steps, env: {ANTHROPIC_API_KEY: key}});
      allPassing(h.runner);
      const path = join(dir, 'report.md');
      const code = await runDoctorCommand({...COMMAND, report: path}, h.deps);
      expect(code).toBe(1);
      const text = await readFile(path, 'utf8');
      expect(text).toContain('cursorkey-wizard 9.9.9');
      expect(text).toContain(process.version);
      expect(text).toContain('req_011CSynthExampleId000004');
      expect(text).toMatch(/\| 9 \| quota \| ✗ fail \|/);
      expect(text).not.toContain(key);
      expect(findKeyShapes(text)).toEqual([]);
      expect(h.stderr.text()).toMatch(/Report written/);
    });

    it('refuses a report path whose folder does not exist, before running anything', async () => {
      const h = harness();
      const code = await runDoctorCommand({...COMMAND, report: join(dir, 'nope', 'r.md')}, h.deps);
      expect(code).toBe(2);
      expect(h.runner.processCalls).toEqual([]);
    });
  });
});

describe('runDoctor', () => {
  it('a check that hangs and ignores its signal ends as unknown at the ceiling, on the run’s clock', async () => {
    // Sleeps end only when the test says: the ceiling passes in no real time.
    const wakes: (() => void)[] = [];
    const clock: Clock = {
      now: () => 0,
      sleep: (_ms, signal) =>
        new Promise<void>((resolve) => {
          wakes.push(resolve);
          signal?.addEventListener('abort', () => resolve(), {once: true});
        }),
    };
    const runner = createFakeRunner({clock});
    allPassing(runner);
    let hangs!: () => void;
    const hanging = new Promise<void>((resolve) => (hangs = resolve));
    const steps = withCheck(scriptedSteps(runner), 'model-support', () => {
      hangs();
      return new Promise(() => undefined);
    });
    // Every other step that can end before the ceiling has ended, so only the hung one is left.
    const before = steps.filter(
      (step) => step.id !== 'model-support' && step.id !== 'quota' && step.group !== 'after-all',
    );
    const finished = new Set<string>();
    let othersEnded!: () => void;
    const othersDone = new Promise<void>((resolve) => (othersEnded = resolve));
    const run = runDoctor({
      steps,
      runner,
      env: {},
      platform: 'linux',
      timeoutMs: 50,
      models: {},
      noCompletion: true,
      signal: new AbortController().signal,
      stepCeilingMs: 40_000,
      onStepFinish: (outcome) => {
        finished.add(outcome.step.id);
        if (before.every((step) => finished.has(step.id))) othersEnded();
      },
    });
    await Promise.all([hanging, othersDone]);
    for (const wake of wakes.splice(0)) wake();
    const record = await run;
    const outcome = record.outcomes.find((o) => o.step.id === 'model-support')!;
    expect(outcome.status).toBe('unknown');
    expect(outcome.summary).toBe('Did not finish within 40 s');
    expect(record.outcomes.find((o) => o.step.id === 'quota')!.status).toBe('pass');
  });
});
