// What a person gives an input becomes an answer to that input's own key, or nothing when it
// does not fit the input.
import {describe, expect, test} from 'vitest';
import {answersOf, answerTo} from '../../source/core/answers.js';
import {Secret} from '../../source/core/secrets.js';
import {stepById} from '../../source/core/steps/index.js';
import type {StepInput} from '../../source/core/step-model.js';

function inputOf(id: Parameters<typeof stepById>[0], kind: StepInput['kind']): StepInput {
  const input = stepById(id).inputs?.find((candidate) => candidate.kind === kind);
  if (!input) throw new Error(`no ${kind} input at ${id}`);
  return input;
}

describe('answerTo', () => {
  test('a choice answers only with one of its options', () => {
    const field = inputOf('byok-provider', 'choice');
    expect(answerTo(field, 'anthropic')).toEqual({key: 'byokField', value: 'anthropic'});
    expect(answerTo(field, 'none')).toEqual({key: 'byokField', value: 'none'});
    expect(answerTo(field, 'mistral')).toBeUndefined();
  });

  test('a secret answers with a Secret, or null only where an empty answer means something', () => {
    const providerKey = inputOf('byok-provider', 'secret');
    const cursorKey = inputOf('user-api-key', 'secret');
    const secret = new Secret('sk-proj-' + 'a'.repeat(40), 'input');
    expect(answerTo(providerKey, secret)).toEqual({key: 'providerKey', value: secret});
    expect(answerTo(providerKey, null)).toEqual({key: 'providerKey', value: null});
    expect(answerTo(cursorKey, null)).toBeUndefined();
    expect(answerTo(cursorKey, 'typed as text')).toBeUndefined();
  });

  test('a text input answers with the words typed', () => {
    const model = inputOf('model-support', 'text');
    expect(answerTo(model, 'gpt-4.1')).toEqual({key: 'selectedModel', value: 'gpt-4.1'});
    expect(answerTo(model, null)).toBeUndefined();
  });
});

test('answersOf sets exactly the answered key', () => {
  expect(answersOf({key: 'automationFails', value: true})).toEqual({automationFails: true});
  expect(answersOf({key: 'providerKey', value: undefined})).toEqual({providerKey: undefined});
});
