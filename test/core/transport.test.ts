import {afterEach, describe, expect, test} from 'vitest';
import {checkTransport, withoutUserInfo} from '../../source/core/gate/transport.js';
import {redact} from '../../source/core/secrets.js';
import {editorJson} from '../../source/core/editor/editor-json.js';
import {ITEM} from '../../source/core/editor/items.js';
import {editorStateFrom, maskUserInfo} from '../../source/core/editor/state.js';
import {
  startLoopbackServer,
  synthetic,
  type LoopbackServer,
} from '../helpers/mock-providers/index.js';
import {createFakeRunner} from '../helpers/fake-runner.js';
import {gateRunner} from '../../source/core/gate/gated-runner.js';
import {runSteps} from '../providers/support.js';
import {runCheckSafely} from '../../source/core/run-check.js';
import {stepById} from '../../source/core/steps/index.js';
import {makeContext} from '../providers/support.js';

let servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

describe('checkTransport', () => {
  test('https anywhere and http to loopback are accepted', () => {
    for (const url of [
      'https://api.openai.com/v1',
      'http://127.0.0.1:8080/v1',
      'http://127.9.9.9/v1',
      'http://localhost:3000',
      'http://[::1]:4000/v1',
    ])
      expect(checkTransport(url, 'X').ok).toBe(true);
  });

  test('plain http to another machine, and every other scheme, is refused with one line', () => {
    for (const url of [
      'http://203.0.113.5/v1',
      'http://proxy.example.com/v1',
      'http://10.0.0.2/v1',
      'http://127.example.com/v1',
      'data:text/plain,hi',
      'file:///etc/passwd',
      'ftp://example.com/',
      'javascript:alert(1)',
    ]) {
      const verdict = checkTransport(url, 'OPENAI_BASE_URL');
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.line).not.toContain('\n');
    }
  });

  test('the refusal never shows the URL password', () => {
    const verdict = checkTransport(
      'http://user:hunter2pass@proxy.example.com/v1',
      'OPENAI_BASE_URL',
    );
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.line).toContain('http://***@proxy.example.com/v1');
      expect(verdict.line).not.toContain('hunter2');
    }
  });
});

describe('user info in URLs', () => {
  test('is shown as ***@ wherever a URL is printed', () => {
    expect(withoutUserInfo('https://me:secret@host/v1')).toBe('https://***@host/v1');
    expect(redact('base https://me:secret@host/v1 and http://token@h2/')).toBe(
      'base https://***@host/v1 and http://***@h2/',
    );
    expect(redact('mail a@b.com stays, https://***@x stays')).toBe(
      'mail a@b.com stays, https://***@x stays',
    );
  });

  test('a password holding @ is hidden whole: the URL parser splits user info at the last @', () => {
    const url = 'https://user:p@ss-word-secret@host/v1';
    expect(new URL(url).host).toBe('host');
    const shown = [
      withoutUserInfo(url),
      maskUserInfo(url),
      redact(`base ${url} end`),
      editorJson(
        editorStateFrom({
          kind: 'read',
          items: new Map([[ITEM.reactive, JSON.stringify({openAIBaseUrl: url})]]),
          stale: false,
          walFrames: 0,
          modifiedMs: 0,
        }),
      ).byok?.openai.baseUrl,
    ];
    for (const text of shown) {
      expect(text).toContain('***@host/v1');
      expect(text).not.toContain('word-secret');
    }
    const verdict = checkTransport(url.replace('https', 'http'), 'OPENAI_BASE_URL');
    expect(!verdict.ok && verdict.line).not.toContain('word-secret');
  });
});

describe('a key never leaves over plain http to another machine', () => {
  test('OPENAI_BASE_URL=http://<remote> fails step 7 at base-url before anything is sent', async () => {
    const fake = createFakeRunner();
    const key = synthetic.openai();
    const {results} = await runSteps(
      {
        env: {OPENAI_API_KEY: key, OPENAI_BASE_URL: 'http://user:pw1234@gateway.example.com/v1'},
        runner: fake,
      },
      ['provider-test'],
    );
    expect(fake.httpCalls).toHaveLength(0);
    expect(results['provider-test']).toMatchObject({status: 'fail', layer: 'base-url'});
    const shown = JSON.stringify(results);
    expect(shown).toMatch(/https:\/\//);
    expect(shown).not.toContain('pw1234');
  });

  test('a data: URL is a base-url failure, not a pass', async () => {
    const fake = createFakeRunner();
    const {results} = await runSteps(
      {
        env: {OPENAI_API_KEY: synthetic.openai(), OPENAI_BASE_URL: 'data:text/plain,hi'},
        runner: fake,
      },
      ['provider-test'],
    );
    expect(fake.httpCalls).toHaveLength(0);
    expect(results['provider-test']).toMatchObject({status: 'fail', layer: 'base-url'});
  });

  test('CURSORKEY_CURSOR_API_URL=http://<remote>: the Cursor key is not sent, step 4 fails at base-url', async () => {
    const fake = createFakeRunner();
    const context = makeContext({
      env: {
        CURSOR_API_KEY: synthetic.cursor(),
        CURSORKEY_CURSOR_API_URL: 'http://cursor-api.example.com',
      },
      runner: fake,
    });
    const result = await runCheckSafely(stepById('user-api-key').check, context);
    expect(
      fake.httpCalls.filter((call) => call.url.includes('cursor-api.example.com')),
    ).toHaveLength(0);
    expect(result).toMatchObject({status: 'fail', layer: 'base-url'});
  });

  test('the gated runner itself refuses, whatever check forgot to ask', async () => {
    const fake = createFakeRunner();
    const runner = gateRunner(fake);
    const sent = await runner.http({
      method: 'GET',
      url: 'http://api.example.com/v1/models',
      headers: {authorization: `Bearer ${synthetic.openai()}`},
      timeoutMs: 1000,
    });
    expect(fake.httpCalls).toHaveLength(0);
    expect(sent.ok).toBe(false);
    const dataUrl = await runner.http({method: 'GET', url: 'data:text/plain,hi', timeoutMs: 1000});
    expect(dataUrl.ok).toBe(false);
    expect(fake.httpCalls).toHaveLength(0);
  });
});

describe('the system opener behind the gate', () => {
  test('never receives a link that holds a key the run has carried', async () => {
    const key = synthetic.openai();
    const opened: string[] = [];
    const runner = gateRunner({
      ...createFakeRunner(),
      openWithSystem: async (url) => {
        opened.push(url);
        return true;
      },
    });
    await runner.run({
      command: 'agent',
      args: [],
      env: {OPENAI_API_KEY: key},
      timeoutMs: 1000,
    });
    expect(await runner.openWithSystem?.(`https://docs.example.com/?k=${key}`)).toBe(false);
    expect(await runner.openWithSystem?.('https://docs.example.com/keys')).toBe(true);
    expect(opened).toEqual(['https://docs.example.com/keys']);
  });
});

describe('a 2xx passes only as the provider answer shape', () => {
  test('junk 200 bodies are unknown at base-url: something answered, but not the API', async () => {
    for (const body of [
      '<html>Welcome to the captive portal</html>',
      '{}',
      '{"ok":true}',
      '[]',
      'hi',
    ]) {
      const server = await startLoopbackServer(() => ({status: 200, body}));
      servers.push(server);
      const {results} = await runSteps(
        {env: {OPENAI_API_KEY: synthetic.openai(), OPENAI_BASE_URL: `${server.origin}/v1`}},
        ['provider-test'],
      );
      expect(results['provider-test'], body).toMatchObject({status: 'unknown', layer: 'base-url'});
      expect(results['provider-test']!.summary + results['provider-test']!.fix?.summary).toMatch(
        /not OpenAI's API/,
      );
    }
  });
});
