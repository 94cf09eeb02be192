import {expect, test} from 'vitest';
import {testKeyWithCli} from '../../source/core/cursor/key-cli-test.js';
import {fetchKeyInfo} from '../../source/core/cursor/key-info.js';
import type {ProcessRequest, ProcessResult, Runner} from '../../source/core/runner.js';
import {Secret} from '../../source/core/secrets.js';
import {systemClock} from '../../source/probes/clock.js';

const KEY = `crsr_${'abcdef0123456789'.repeat(3)}`;

function runnerPrinting(stdout: string): Runner {
  return {
    run: async (request: ProcessRequest): Promise<ProcessResult> => ({
      command: request.command,
      args: request.args,
      exitCode: 1,
      stdout,
      stderr: '',
      timedOut: false,
      cancelled: false,
      durationMs: 1,
    }),
    http: async () => {
      throw new Error('no network in this test');
    },
    which: async () => null,
    clock: systemClock,
    makeTempDir: async () => ({path: '/tmp/cursorkey-home-test', dispose: async () => undefined}),
  };
}

test('a key the CLI echoes where the evidence is cut leaves none of its characters', async () => {
  // The cut falls inside the key: only its first 9 characters after `crsr_` would fit.
  const stdout = `${'e'.repeat(285)} ${KEY} was rejected`;
  const {evidence} = await testKeyWithCli(
    {path: '/usr/bin/agent', name: 'agent', version: '2025.09.01'},
    new Secret(KEY, 'input'),
    {
      runner: runnerPrinting(stdout),
      env: {},
      signal: new AbortController().signal,
      timeoutMs: 1000,
      progress: () => undefined,
      options: {interactive: false, noCompletion: true, share: false},
    },
  );
  const shown = evidence.join('\n');
  expect(shown).not.toContain(KEY.slice(5, 12));
});

test('a key-info error body cut at 200 characters keeps none of the key', async () => {
  const body = `${'e'.repeat(185)} ${KEY} is unknown`;
  const runner: Runner = {
    ...runnerPrinting(''),
    http: async () => ({ok: true, response: {status: 401, headers: {}, body}, durationMs: 1}),
  };
  const outcome = await fetchKeyInfo(new Secret(KEY, 'input'), {
    runner,
    env: {},
    signal: new AbortController().signal,
    timeoutMs: 1000,
  });
  expect(JSON.stringify(outcome)).not.toContain(KEY.slice(5, 12));
});
