// Runs one check or action so that it can never reject: a thrown error becomes an `unknown`
// result with a one-line reason, and a cancelled run says so.
import {gateRunner} from './gate/gated-runner.js';
import {gateField, sanitizeText} from './gate/outside-text.js';
import {maskPersonalData} from './gate/personal-data.js';
import {knownSecrets} from './known-secrets.js';
import {scrub, scrubberOf, Secret} from './secrets.js';
import type {Check, CheckContext, CheckResult} from './step-model.js';

/**
 * Every line a result shows, cleaned of the given secrets, of anything key-shaped, and of
 * personal data (emails masked, no names, no user ids).
 */
export function scrubResult(result: CheckResult, secrets: readonly Secret[]): CheckResult {
  // The gate already ran on what the runner returned; this is the backstop for text a check
  // took from anywhere else (the environment, a thrown error).
  const held = scrubberOf(secrets);
  const clean = (text: string) => maskPersonalData(scrub(sanitizeText(text), held));
  return {
    ...result,
    summary: clean(result.summary),
    evidence: result.evidence.map(clean),
    fix: result.fix
      ? {
          summary: clean(result.fix.summary),
          ...(result.fix.command ? {command: clean(result.fix.command)} : {}),
          ...(result.fix.url ? {url: clean(result.fix.url)} : {}),
        }
      : null,
  };
}

/**
 * Runs a check so that it never rejects and never hands back a key: checks scrub their own
 * evidence, and this is the backstop for the ones that forget.
 */
export async function runCheckSafely(
  check: Check,
  context: CheckContext,
  secrets: readonly Secret[] = [],
): Promise<CheckResult> {
  const typed = Object.values(context.answers).filter(
    (value): value is Secret => value instanceof Secret,
  );
  const held = [...secrets, ...knownSecrets(context.env, typed)];
  // The check sees the runner only through the gate: what comes back is already safe to show.
  const gated = {...context, runner: gateRunner(context.runner, held)};
  return scrubResult(await runUnscrubbed(check, gated), held);
}

async function runUnscrubbed(check: Check, context: CheckContext): Promise<CheckResult> {
  try {
    const result = await check(context);
    // A check that noticed the cancel and said so keeps its words; a verdict reached only
    // because its child was killed is not a verdict.
    if (context.signal.aborted && (result.status === 'fail' || result.status === 'warn')) {
      return cancelledResult();
    }
    return result;
  } catch (error) {
    if (context.signal.aborted) return cancelledResult();
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 'unknown',
      summary: `The check stopped unexpectedly: ${gateField(message.split('\n')[0] ?? '')}`,
      evidence: [],
      layer: null,
      fix: null,
    };
  }
}

export function cancelledResult(): CheckResult {
  return {
    status: 'unknown',
    summary: 'Cancelled before it finished',
    evidence: [],
    layer: null,
    fix: {summary: 'Choose Re-check to run it again.'},
  };
}
