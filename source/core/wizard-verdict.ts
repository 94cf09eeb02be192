// How a wizard run ends: its exit code and the closing line, both over the steps that apply.
// Quitting early is not "no problem": a step that applies and has no verdict keeps the run open.
import {fixingStepIdOf} from './diagnosis.js';
import type {Layer} from './layers.js';
import type {StepDefinition} from './step-model.js';
import {EXIT, type ExitCode} from './vocabulary.js';
import {displayStatus, stepApplies} from './wizard-queries.js';
import type {WizardState} from './wizard-state.js';

export interface WizardVerdict {
  code: ExitCode;
  failed: readonly StepDefinition[];
  warned: readonly StepDefinition[];
  /** Steps that apply and were never decided: not reached, still running, unknown, unconfirmed. */
  unreached: readonly StepDefinition[];
  /** What the run changed on this machine, in the order it happened. */
  changes: readonly string[];
  /** Failures whose layer another step owns, as doctor's verdict names it: found here, fixed there. */
  fixedElsewhere: readonly {found: StepDefinition; layer: Layer; owner: StepDefinition}[];
  /** The steps that fix the failures, in order: the one that found each, or the one that owns its layer. */
  fixAt: readonly StepDefinition[];
}

export function wizardVerdict(steps: readonly StepDefinition[], state: WizardState): WizardVerdict {
  const failed: StepDefinition[] = [];
  const warned: StepDefinition[] = [];
  const unreached: StepDefinition[] = [];
  for (const step of steps) {
    const status = displayStatus(state.records[step.id]);
    if (status === 'skip') continue;
    if (status === 'fail') failed.push(step);
    else if (status === 'warn') warned.push(step);
    else if (status !== 'pass' && stepApplies(step, state)) unreached.push(step);
  }
  const code =
    state.phase === 'cancelled'
      ? EXIT.cancelled
      : failed.length > 0
        ? EXIT.problem
        : unreached.length > 0
          ? EXIT.inconclusive
          : EXIT.ok;
  const fixedElsewhere = failed.flatMap((found) => {
    const layer = state.records[found.id].result?.layer ?? null;
    const ownerId = fixingStepIdOf(layer);
    const owner = steps.find((step) => step.id === ownerId);
    return layer && owner && owner !== found ? [{found, layer, owner}] : [];
  });
  // Each failure named at the step that fixes it, as doctor's verdict names it.
  const fixers = new Set(
    failed.map((found) => fixedElsewhere.find((entry) => entry.found === found)?.owner ?? found),
  );
  const fixAt = steps.filter((step) => fixers.has(step));
  return {code, failed, warned, unreached, changes: state.changes, fixedElsewhere, fixAt};
}

function stepsPhrase(steps: readonly StepDefinition[]): string {
  const numbers = steps.map((step) => step.n);
  return `${numbers.length === 1 ? 'step' : 'steps'} ${numbers.join(', ')}`;
}

function namedSteps(steps: readonly StepDefinition[]): string {
  return steps.map((step) => `${step.n} (${step.title})`).join('; ');
}

/**
 * The closing lines: the verdict with its exit code, then every failure, every warning and
 * every step not reached by name, then what changed. Nothing a reader must scroll up to find.
 */
export function closingLines(verdict: WizardVerdict): string[] {
  const head: Record<number, string> = {
    [EXIT.ok]:
      verdict.warned.length > 0
        ? `Done: nothing failed, with warnings at ${stepsPhrase(verdict.warned)} (exit 0).`
        : 'Done: every step that applies passed (exit 0).',
    [EXIT.problem]: `Problem found: fix it at ${stepsPhrase(verdict.fixAt)} (exit 1).`,
    [EXIT.inconclusive]: 'Not finished: some steps that apply have no verdict (exit 3).',
    [EXIT.cancelled]: 'Cancelled (exit 130).',
  };
  const lines = [head[verdict.code] ?? ''];
  if (verdict.failed.length > 0) lines.push(`Failed: ${namedSteps(verdict.failed)}.`);
  for (const {found, layer, owner} of verdict.fixedElsewhere) {
    lines.push(`Step ${found.n} met ${layer}, which is fixed at step ${owner.n} (${owner.title}).`);
  }
  if (verdict.warned.length > 0) lines.push(`Warnings: ${namedSteps(verdict.warned)}.`);
  if (verdict.unreached.length > 0) {
    // Named in full when few; as numbers when many, so the line still fits a narrow terminal.
    const which =
      verdict.unreached.length <= 2
        ? namedSteps(verdict.unreached)
        : stepsPhrase(verdict.unreached);
    lines.push(`Not reached or not decided: ${which}.`);
  }
  lines.push(
    verdict.changes.length > 0
      ? `Changed: ${verdict.changes.join('; ')}.`
      : 'Nothing was changed on this machine.',
  );
  return lines;
}

/** The wizard's exit code, by the contract's rule (130 when cancelled). */
export function wizardExitCode(steps: readonly StepDefinition[], state: WizardState): ExitCode {
  return wizardVerdict(steps, state).code;
}
