// An answer is one key of Answers with a value of that key's type. Where a key and a value meet
// (an input the person answered, an event the reducer applies) these keep the pair typed.
import {Secret} from './secrets.js';
import type {Answer, Answers, StepInput} from './step-model.js';

/** The answers that one answer sets. */
export function answersOf(answer: Answer): Answers {
  // A mapped union cannot be spread by a computed key; each member's value fits its own key.
  return {[answer.key]: answer.value} as Answers;
}

/**
 * What the person gave an input, as an answer to that input's key; undefined when the value does
 * not fit the input (a choice outside its options, a key typed where a word was asked).
 */
export function answerTo(input: StepInput, value: Secret | string | null): Answer | undefined {
  switch (input.kind) {
    case 'secret':
      if (value === null && input.emptyMeans === undefined) return undefined;
      return value === null || value instanceof Secret
        ? ({key: input.key, value} as Answer)
        : undefined;
    case 'text':
      return typeof value === 'string' ? {key: input.key, value} : undefined;
    case 'choice': {
      const options: readonly {value: string}[] = input.options;
      return options.some((option) => option.value === value)
        ? ({key: input.key, value} as Answer)
        : undefined;
    }
  }
}
