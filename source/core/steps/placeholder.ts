import type {Check} from '../step-model.js';

/** A check that has not been automated yet says so instead of guessing. */
export function placeholderCheck(what: string): Check {
  return async () => ({
    status: 'unknown',
    summary: `Not checked automatically yet: ${what}`,
    evidence: ['This check is not automated in this version; follow the instruction above.'],
    layer: null,
    fix: null,
  });
}
