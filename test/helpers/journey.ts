// A person's journey through the built wizard at 80×24: a pseudo-terminal, the fake Cursor CLI on
// PATH and a loopback provider. `useJourneys` registers the hooks that install and clean them up;
// each journey counts the keys it takes and checks every step screen keeps its header and menu.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, expect} from 'vitest';
import {installFakeAgent, type FakeAgentInstall} from './fake-agent.js';
import {
  startMockProvider,
  type MockProvider,
  type MockProviderName,
  type Scenario,
} from './mock-providers/index.js';
import {startTerminal, type TerminalSession} from './terminal-session.js';

export const SIZE = {columns: 80, rows: 24};
export const ENTER = '\r';
export const DOWN = '\u001B[B';

export interface Journey {
  session: TerminalSession;
  /** The loopback provider this journey's key belongs to. */
  mock: MockProvider;
  /** The fake CLI's state ("logged-in owner@example.com"), which a test may change. */
  stateFile: string;
  /** The folder the wizard runs in, where it writes its report. */
  cwd: string;
  /** Keys pressed so far: each call of `key` is one keypress (a paste counts as one). */
  keys: number;
  key(keys: string, expected: string | RegExp): Promise<void>;
  /** The screen now must show the step header and its menu's first choice. */
  expectStepScreen(n: number): Promise<string[]>;
}

export interface JourneyOptions {
  args?: string[];
  provider?: MockProviderName;
  scenario?: Scenario;
  retryAfterSeconds?: number;
  agentState?: string;
  noKey?: boolean;
  env?: Record<string, string>;
  /** What the first screen shows (the error paste, unless progress is offered). */
  firstScreen?: string;
}

export interface Journeys {
  start(options?: JourneyOptions): Promise<Journey>;
  /** A folder that lives as long as the test file. */
  scratch(): string;
}

export function useJourneys(): Journeys {
  let agent: FakeAgentInstall;
  let scratch: string;
  const sessions: TerminalSession[] = [];
  const mocks: MockProvider[] = [];

  beforeAll(async () => {
    agent = await installFakeAgent();
    scratch = await mkdtemp(join(tmpdir(), 'ckw-journeys-'));
  });
  afterAll(async () => {
    await agent?.cleanup();
    await rm(scratch, {recursive: true, force: true});
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) session.kill();
    for (const mock of mocks.splice(0)) await mock.close();
  });

  async function start(options: JourneyOptions = {}): Promise<Journey> {
    const id = Math.random().toString(36).slice(2);
    const stateFile = join(scratch, `state-${id}`);
    const cwd = join(scratch, `cwd-${id}`);
    await mkdir(cwd);
    await writeFile(stateFile, `${options.agentState ?? 'logged-in'} owner@example.com\n`);
    const mock = await startMockProvider(options.provider ?? 'openai', {
      scenario: options.scenario ?? 'valid',
      retryAfterSeconds: options.retryAfterSeconds,
    });
    mocks.push(mock);
    // Without the key variable the person pastes the key; the base URL still points at the mock,
    // so nothing ever reaches a real provider.
    const providerEnv = options.noKey
      ? Object.fromEntries(Object.entries(mock.env).filter(([, value]) => value !== mock.key))
      : mock.env;
    const session = startTerminal(
      options.args ?? [],
      {
        PATH: agent.path,
        HOME: agent.home,
        LANG: 'C.UTF-8',
        FAKE_AGENT_STATE_FILE: stateFile,
        CURSORKEY_CURSOR_USER_DIR: join(scratch, 'no-editor'),
        CURSORKEY_CURSOR_API_URL: 'http://127.0.0.1:9',
        // Its own cache: progress one journey saved is never offered to the next.
        XDG_CACHE_HOME: join(scratch, `cache-${id}`),
        ...providerEnv,
        ...options.env,
      },
      SIZE,
      cwd,
    );
    sessions.push(session);
    const journey: Journey = {
      session,
      mock,
      stateFile,
      cwd,
      keys: 0,
      async key(keys, expected) {
        journey.keys += 1;
        await session.press(keys, expected);
        // Every step screen keeps its header and its menu (or field) on the 24 rows.
        const shown = (await session.screen()).join('\n');
        if (/^Passes when: /m.test(shown)) {
          expect(shown, `header on screen:\n${shown}`).toMatch(/^Step \d+\/10 · /m);
          expect(shown, `menu on screen:\n${shown}`).toMatch(/❯ 1\. |\n {2}Enter: use it/);
        }
      },
      async expectStepScreen(n) {
        const rows = await session.screen();
        const shown = rows.join('\n');
        expect(shown, `step ${n} header on screen:\n${shown}`).toMatch(
          new RegExp(`Step ${n}/10 · `),
        );
        // A menu, or the field the step is asking through.
        expect(shown, `a menu on screen:\n${shown}`).toMatch(/❯ 1\. |\n {2}Enter: use it/);
        return rows;
      },
    };
    await session.waitFor(options.firstScreen ?? 'Paste the error you see');
    return journey;
  }

  return {start, scratch: () => scratch};
}

/** No frame ever showed the key, or a run of its characters. */
export function expectNoKeyCharacters(journey: Journey): void {
  const key = journey.mock.key;
  const raw = journey.session.raw();
  expect(raw).not.toContain(key);
  for (let at = 8; at + 12 <= key.length; at += 6) {
    expect(raw).not.toContain(key.slice(at, at + 12));
  }
}
