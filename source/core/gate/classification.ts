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
      code: result.code === null ? null : gateField(result.code),
      action: scrub(sanitizeText(result.action)),
    };
  };
}
