import {describe, expect, test} from 'vitest';
import {classifyError} from '../../source/core/classify/index.js';
import {diagnoseProviderResponse} from '../../source/core/providers/diagnose-response.js';

// A key echoed in full, placed so that a cut at 160 or 500 characters would split it.
const key = 'sk-proj-' + 'Q7'.repeat(30) + 'T3BlbkFJ' + 'W9'.repeat(30);
// Six characters past the public prefix: enough to show the key leaked.
const secretPart = key.slice(8, 14);

describe('messages are masked before they are cut', () => {
  test.each([
    ['an unexpected status', 'openai', 418, 140],
    ['an unexpected status from another provider', 'anthropic', 418, 150],
  ] as const)('%s', (_name, provider, status, pad) => {
    const body = `${'x'.repeat(pad)} ${key} trailing`;
    const diagnosis = diagnoseProviderResponse({provider, status, headers: {}, body});
    expect(diagnosis.action).not.toContain(secretPart);
  });

  test('a Bedrock rejection', () => {
    const body = JSON.stringify({message: `${'y'.repeat(140)} ${key}`});
    const diagnosis = diagnoseProviderResponse({
      provider: 'bedrock',
      status: 400,
      headers: {
        'x-amzn-errortype': 'SomeNewException:http://internal.amazon.com/coral/com.amazon.bedrock/',
      },
      body,
    });
    expect(diagnosis.action).not.toContain(secretPart);
  });

  test('classify, whose answer is cut at 600 characters', () => {
    const answer = classifyError({text: `${'z'.repeat(580)} ${key}`});
    expect(JSON.stringify(answer)).not.toContain(secretPart);
  });
});
