// Runs the provider steps the way the wizard and doctor do: a real runner (real undici, real
// sockets) that refuses anything but loopback, and facts carried from step to step.
import type {HttpRequest, Runner} from '../../source/core/runner.js';
import {openRealRun} from '../../source/probes/real-runner.js';
import type {
  Answers,
  CheckContext,
  CheckResult,
  Env,
  Facts,
  RunOptions,
} from '../../source/core/step-model.js';
import {checkEach, createStepRunner, runInOrder} from '../../source/core/run/step-runner.js';
import {stepById} from '../../source/core/steps/index.js';
import type {StepId} from '../../source/core/vocabulary.js';

export interface RecordingRunner extends Runner {
  requests: HttpRequest[];
}

/** The shipped runner, guarded: a request to any non-loopback host fails the test loudly. */
export function loopbackRunner(base: Runner = openRealRun().runner): RecordingRunner {
  const requests: HttpRequest[] = [];
  return {
    ...base,
    requests,
    async http(request) {
      requests.push(request);
      const host = new URL(request.url).hostname;
      if (host !== '127.0.0.1' && host !== 'localhost' && !host.endsWith('.invalid')) {
        throw new Error(`test tried to reach a real host: ${host}`);
      }
      return base.http(request);
    },
  };
}

export interface ContextInput {
  env: Env;
  answers?: Answers;
  facts?: Facts;
  results?: CheckContext['results'];
  runner?: Runner;
  options?: Partial<RunOptions>;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** One run's probes in flight, to share between contexts of the same run. */
  probesInFlight?: CheckContext['probesInFlight'];
  /** One run's editor read, to share between contexts of the same run. */
  editorReads?: CheckContext['editorReads'];
}

export function makeContext(input: ContextInput): CheckContext & {progressLines: string[]} {
  const progressLines: string[] = [];
  return {
    runner: input.runner ?? loopbackRunner(),
    env: input.env,
    platform: 'linux',
    signal: input.signal ?? new AbortController().signal,
    timeoutMs: input.timeoutMs ?? 5_000,
    answers: input.answers ?? {},
    facts: input.facts ?? {},
    results: input.results ?? {},
    probesInFlight: input.probesInFlight ?? new Map(),
    editorReads: input.editorReads ?? new Map(),
    options: {interactive: false, noCompletion: false, share: false, ...input.options},
    progress: (line) => progressLines.push(line),
    progressLines,
  };
}

export const PROVIDER_STEPS: readonly StepId[] = [
  'byok-provider',
  'key-paste',
  'provider-test',
  'model-support',
  'quota',
];

/** Runs steps in order through the step runner, as the wizard and doctor do. */
export async function runSteps(
  input: ContextInput,
  ids: readonly StepId[] = PROVIDER_STEPS,
): Promise<{results: Partial<Record<StepId, CheckResult>>; facts: Facts; progress: string[]}> {
  const progress: string[] = [];
  const runner = createStepRunner({
    runner: input.runner ?? loopbackRunner(),
    env: input.env,
    platform: 'linux',
    timeoutMs: input.timeoutMs ?? 5_000,
    options: {interactive: false, noCompletion: false, share: false, ...input.options},
  });
  const end = await runInOrder(
    ids.map((id) => stepById(id)),
    {answers: input.answers ?? {}, facts: {...input.facts}, results: {}},
    checkEach(runner, {
      ...(input.signal ? {signal: input.signal} : {}),
      progress: (line) => progress.push(line),
    }),
  );
  return {results: end.results, facts: end.facts, progress};
}

/** Every line a person could see from these results. */
export function visibleText(
  results: Partial<Record<StepId, CheckResult>>,
  progress: readonly string[] = [],
): string {
  return [
    ...Object.values(results).flatMap((result) =>
      result
        ? [
            result.summary,
            ...result.evidence,
            result.fix?.summary ?? '',
            result.fix?.command ?? '',
            JSON.stringify(result.facts ?? {}),
          ]
        : [],
    ),
    ...progress,
  ].join('\n');
}
