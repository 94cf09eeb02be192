// The world every real-runner Cursor test runs in: the fake CLI on a private PATH and the loopback
// Cursor API, fresh for each test, so no test can reach a real Cursor host or the real home.
import {afterEach, beforeEach, vi} from 'vitest';
import type {Env} from '../../source/core/step-model.js';
import {startCursorApiServer, type CursorApiServer, type KeyRecord} from './cursor-api-server.js';
import {installFakeAgent, type FakeAgentInstall} from './fake-agent.js';

/** A user API key that both /v0/me and the fake CLI accept, when a test asks for it. */
export const GOOD_KEY = 'crsr_0123456789abcdefGOODKEY0123456789';
export const GOOD_KEY_RECORD: KeyRecord = {
  apiKeyName: 'ci-runner',
  createdAt: '2026-01-15T10:30:00Z',
  userEmail: 'owner@example.com',
};

export interface CursorFixture {
  /** Replaced before each test; read it inside the test, not at import time. */
  readonly fake: FakeAgentInstall;
  /** Replaced before each test; read it inside the test, not at import time. */
  readonly api: CursorApiServer;
  /** The environment a check sees: the fake's PATH, its scratch HOME and the loopback API. */
  env(extra?: Env): Env;
}

/**
 * Registers the per-test setup and teardown in the calling file. `keys` are the keys /v0/me
 * accepts; `agentKey` is the only CURSOR_API_KEY the fake CLI's `models` accepts.
 */
export function useCursorFixture(
  options: {keys?: Record<string, KeyRecord>; agentKey?: string} = {},
): CursorFixture {
  let fake: FakeAgentInstall | undefined;
  let api: CursorApiServer | undefined;
  const live = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} exists only while a test runs`);
    return value;
  };
  const fixture: CursorFixture = {
    get fake() {
      return live(fake, 'the fake CLI');
    },
    get api() {
      return live(api, 'the Cursor API server');
    },
    env(extra = {}) {
      const {fake, api} = fixture;
      return {
        PATH: fake.path,
        HOME: fake.home,
        FAKE_AGENT_LOG: fake.log,
        // Absent until a login or logout writes it, so FAKE_AGENT_STATE still decides until then.
        FAKE_AGENT_STATE_FILE: fake.stateFile,
        ...(options.agentKey === undefined ? {} : {FAKE_AGENT_KEY: options.agentKey}),
        CURSORKEY_CURSOR_API_URL: api.url,
        CURSOR_API_ENDPOINT: api.url,
        ...extra,
      };
    },
  };

  beforeEach(async () => {
    fake = await installFakeAgent();
    api = await startCursorApiServer(options.keys ?? {});
    // The real runner's `which` reads process.env, not the check's env; and a proxy set in the
    // developer's shell must not catch requests to the loopback server.
    vi.stubEnv('PATH', fake.path);
    vi.stubEnv('NO_PROXY', '127.0.0.1,localhost');
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await api?.close();
    await fake?.cleanup();
    api = undefined;
    fake = undefined;
  });

  return fixture;
}
