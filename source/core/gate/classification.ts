// A classification is built from a person's paste, which is outside text: its fields pass the
// gate before any face prints them.
import type {Classification, ClassifyInput} from '../classify/classification.js';
import {gateField, sanitizeText} from './outside-text.js';
import {scrub} from '../secrets.js';

/** The classifier with its input sanitised and its answer gated. */
export function gatedClassifier(
  classify: (input: ClassifyInput) => Classification,
): (input: ClassifyInput) => Classification {
  return (input) => {
    const text = typeof input.text === 'string' ? sanitizeText(input.text, 'block') : input.text;
    const result = classify({...input, text});
    return {
      ...result,
      code: result.code === null || secretShaped(result.code) ? null : gateField(result.code),
      action: scrub(sanitizeText(result.action)),
    };
  };
}

/**
 * A machine code is a word of a vocabulary (insufficient_quota, ERROR_BAD_USER_API_KEY,
 * ENOTFOUND). The code is copied from the paste, so a credential of a shape no detector knows (a
 * gateway's key, a bare token) can sit there: a long run that mixes digits with both cases, or
 * a longer one with digits at all, is never a code, and is dropped rather than shown.
 */
function secretShaped(code: string): boolean {
  return (code.match(/[A-Za-z0-9]{20,}/g) ?? []).some(
    (run) => /\d/.test(run) && ((/[a-z]/.test(run) && /[A-Z]/.test(run)) || run.length >= 32),
  );
}
