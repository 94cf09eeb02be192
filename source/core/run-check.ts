// Runs one check or action so that it can never reject: a thrown error becomes an `unknown`
// result with a one-line reason, and a cancelled run says so.
import {scrub, type Secret} from './secrets.js';
import type {Check, CheckContext, CheckResult} from './step-model.js';

/** Every line a result shows, cleaned of the given secrets and of anything key-shaped. */
export function scrubResult(result: CheckResult, secrets: readonly Secret[]): CheckResult {
  const clean = (text: string) => scrub(text, secrets);
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
  return scrubResult(await runUnscrubbed(check, context), secrets);
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
      summary: `The check stopped unexpectedly: ${scrub(message.split('\n')[0] ?? '')}`,
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
