// A failed connection to an MCP server is the network between Cursor and that server: it is fixed
// in Cursor Settings > MCP and taken up when Cursor restarts, never at the provider test (step 7),
// which tests a key the failure does not involve. Other network failures keep their step.
import {describe, expect, test} from 'vitest';
import {classifyError} from '../../source/core/classify/index.js';
import {STEP_OF_LAYER} from '../../source/core/diagnosis.js';
import {diagnoseNetworkFailure} from '../../source/core/network-diagnosis.js';
import {stepNumberOf} from '../../source/core/vocabulary.js';

const RESTART = stepNumberOf('restart');
const PROVIDER_TEST = stepNumberOf('provider-test');

describe('an MCP server that does not take the connection', () => {
  test.each([
    'MCP server "github": fetch failed: connect ECONNREFUSED 10.0.0.5:8080',
    '[error] notion: SSE error: TypeError: fetch failed: connect ETIMEDOUT 172.16.1.9:3000',
    'Error in MCP: connect ECONNREFUSED 127.0.0.1:3333',
    // The marker on one line and the network code on another, as Cursor's MCP log writes them.
    '2026-12-01 10:02:11.120 [error] Error in MCP: Client error for command\n2026-12-01 10:02:11.121 [error] connect ECONNREFUSED 127.0.0.1:8931',
    // No network code at all: the SSE transport's own words.
    'Error in MCP: SSE error: TypeError: fetch failed',
  ])('points at the restart, with the MCP advice: %s', (text) => {
    const result = classifyError({text});
    expect(result.layer).toBe('network');
    expect(result.step).toBe(RESTART);
    expect(result.action).toMatch(/MCP/);
    expect(result.action).toMatch(/No provider key/);
  });

  test('the network diagnosis itself names the restart for it', () => {
    const diagnosis = diagnoseNetworkFailure(
      {kind: 'refused', code: 'ECONNREFUSED', message: 'Error in MCP: connect ECONNREFUSED'},
      {provider: null, url: 'http://127.0.0.1:3333/sse'},
    );
    expect(diagnosis).toMatchObject({layer: 'network', step: RESTART});
    expect(diagnosis.action).toMatch(/MCP/);
  });
});

describe('every other network failure keeps the contract table', () => {
  test('network is owned by the provider test', () => {
    expect(STEP_OF_LAYER.network).toBe(PROVIDER_TEST);
  });

  test.each([
    'Error: getaddrinfo ENOTFOUND api.anthropic.com',
    'Error: connect ETIMEDOUT 104.18.6.192:443 (api.openai.com)',
  ])('%s', (text) => {
    const result = classifyError({text});
    expect(result.layer).toBe('network');
    expect(result.step).toBe(PROVIDER_TEST);
  });
});
