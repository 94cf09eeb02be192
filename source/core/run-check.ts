// Runs one check or action so that it can never reject: a thrown error becomes an `unknown`
// result with a one-line reason, and a cancelled run says so.
import {scrub} from './secrets.js';
import type {Check, CheckContext, CheckResult} from './step-model.js';

export async function runCheckSafely(check: Check, context: CheckContext): Promise<CheckResult> {
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
