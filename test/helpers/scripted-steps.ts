// The real ten step definitions with their checks swapped for ones driven by a fake runner:
// each check runs `probe <step-id>` and reads pass/fail/warn/unknown from its stdout. A test
// "fixes" a step by changing the runner's reply, exactly as a person would fix the real cause.
import type {CheckResult, StepDefinition} from '../../source/core/step-model.js';
import {STEPS} from '../../source/core/steps/index.js';
import type {FakeRunner} from './fake-runner.js';

export function scriptedSteps(runner: FakeRunner): StepDefinition[] {
  return STEPS.map((step) => ({
    ...step,
    inputs: [],
    actions: [],
    check: async (context): Promise<CheckResult> => {
      context.progress(`probing ${step.id}`);
      const outcome = await context.runner.run({
        command: 'probe',
        args: [step.id],
        timeoutMs: context.timeoutMs,
        signal: context.signal,
      });
      const status = outcome.cancelled
        ? 'unknown'
        : (outcome.stdout.trim() as CheckResult['status']);
      return {
        status: step.kind === 'manual' && status === 'pass' ? 'manual' : status,
        summary: `${step.id} says ${status}`,
        evidence: [`probe ${step.id} exited ${outcome.exitCode}`],
        layer: status === 'fail' ? 'cursor-account' : null,
        fix: status === 'fail' ? {summary: `Fix ${step.id}`, command: `fix ${step.id}`} : null,
      };
    },
  }));
}

/** Every probe passes unless told otherwise. */
export function allPassing(runner: FakeRunner): void {
  runner.onProcess(/^probe /, {stdout: 'pass\n'});
}
