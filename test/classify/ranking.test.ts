// The router's signals in rank order: a machine code, then the provider's own body (even nested),
// then the message's meaning, then the HTTP status, then the provider's default.
import {describe, expect, it} from 'vitest';
import {classifyError} from './classify-under-test.js';

describe('signal ranking', () => {
  it('a machine code beats the words around it', () => {
    const text =
      '{"error":{"message":"Rate limit reached","type":"insufficient_quota","code":"insufficient_quota"}}';
    expect(classifyError({text, status: 429}).layer).toBe('quota');
  });

  it("the provider's body nested in Cursor's ERROR_OPENAI decides, not the carrier code", () => {
    const inner = JSON.stringify({
      error: {message: 'Model Not Exist', type: 'invalid_request_error'},
    });
    const text = JSON.stringify({
      error: 'ERROR_OPENAI',
      details: {title: 'Unable to reach the model provider', detail: `API Error: ${inner}`},
    });
    const result = classifyError({text, provider: 'openai'});
    expect(result.layer).toBe('model');
  });

  it('quota words beat rate-limit words, which beat a wrapper class name', () => {
    expect(classifyError({text: 'RateLimitError: You exceeded your current quota'}).layer).toBe(
      'quota',
    );
    expect(classifyError({text: 'RateLimitError: Rate limit reached for requests'}).layer).toBe(
      'rate-limit',
    );
  });

  it("the message outranks a status's default reading", () => {
    const org = classifyError({
      text: 'organizations must be verified to stream this model',
      status: 401,
      provider: 'openai',
    });
    expect(org.layer).toBe('provider-permission');
    const tooLong = classifyError({
      text: 'prompt is too long: 215041 tokens > 200000 maximum',
      status: 400,
      provider: 'anthropic',
    });
    expect(tooLong.layer).toBe('request');
  });

  it('the status chooses among what the message left open', () => {
    const text = 'ERROR: Error in OpenRouter API call: Provider returned error';
    expect(classifyError({text, status: 400}).layer).toBe('request');
    expect(classifyError({text, status: 502}).layer).toBe('provider-outage');
  });

  it("with nothing else, the provider's default: Cursor's side is its service, a named provider gives a direction", () => {
    const cursor = classifyError({text: 'Agent run ended with status "error"', provider: 'cursor'});
    expect(cursor).toMatchObject({layer: 'cursor-service', step: 10});
    expect(cursor.action).toMatch(/status\.cursor\.com/);
    const byok = classifyError({text: 'it just does not work', provider: 'anthropic'});
    expect(byok.layer).toBe('unknown');
    expect(byok.alsoPossible).toEqual(expect.arrayContaining(['provider-key', 'request']));
  });
});
