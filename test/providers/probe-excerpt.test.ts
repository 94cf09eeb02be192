import {expect, test} from 'vitest';
import {exchange} from '../../source/core/providers/probe.js';
import type {Runner} from '../../source/core/runner.js';
import {Secret} from '../../source/core/secrets.js';
import {systemClock} from '../../source/probes/clock.js';

// No recognisable shape: only its exact text identifies it, as with an unusual proxy's key.
const KEY = 'Zq7Wx2Pv9Lm4Rt8Yb3Nc6Hd1Kf5Gs0Jq';

test('an error body that echoes the key where the excerpt is cut keeps none of it', async () => {
  const body = `${'e'.repeat(280)} your key ${KEY} is not valid`;
  const runner: Runner = {
    run: async () => {
      throw new Error('no processes in this test');
    },
    http: async () => ({ok: true, response: {status: 401, headers: {}, body}, durationMs: 1}),
    which: async () => null,
    clock: systemClock,
    makeTempDir: async () => {
      throw new Error('no temp dirs in this test');
    },
  };
  const record = await exchange(
    {
      runner,
      env: {},
      signal: new AbortController().signal,
      timeoutMs: 1000,
      answers: {},
      options: {interactive: false, noCompletion: true, share: false},
      progress: () => undefined,
    },
    'openai',
    {
      label: 'list models',
      method: 'GET',
      url: 'https://api.openai.com/v1/models',
      headers: () => ({authorization: `Bearer ${KEY}`}),
      curl: 'curl -sS https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"',
      billable: false,
    },
    [new Secret(KEY, 'env:OPENAI_API_KEY')],
  );
  expect(record.excerpt).not.toBeNull();
  expect(record.excerpt).not.toContain(KEY.slice(0, 6));
});
