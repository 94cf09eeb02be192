// Steps 1–4 and 10 as a person sees them: the real App, the real runner, the fake CLI on PATH
// and the loopback Cursor API.
import {afterEach, expect, test} from 'vitest';
import {makeEditorDir, requireSqliteShell, writeStateDb} from '../helpers/editor-db.js';
import {proWithEncryptedKey} from '../editor/fixtures.js';
import {writeFile} from 'node:fs/promises';
import type {Answers, Env, StepDefinition} from '../../source/core/step-model.js';
import {openRealRun} from '../../source/probes/real-runner.js';
import {GOOD_KEY as GOOD, GOOD_KEY_RECORD, useCursorFixture} from '../helpers/cursor-fixture.js';
import {createFakeRunner} from '../helpers/fake-runner.js';
import {alive} from '../helpers/fake-agent.js';
import {KEY} from '../helpers/ink-harness.js';
import {renderWizard} from '../helpers/wizard-fixture.js';
import {stepById} from '../../source/core/steps/index.js';

const cliLoginStep = stepById('cli-login');
const cliStatusStep = stepById('cli-status');
const cursorLoginStep = stepById('cursor-login');
const restartStep = stepById('restart');
const userApiKeyStep = stepById('user-api-key');

// Real child processes need far more than the shared fixture's default per-check bound.
const CHECK_TIMEOUT_MS = 15_000;

const cursor = useCursorFixture({keys: {[GOOD]: GOOD_KEY_RECORD}, agentKey: GOOD});
/** The App on the real runner, with the fake CLI and the loopback API. */
function renderRealWizard(options: {
  steps: readonly StepDefinition[];
  env?: Env;
  answers?: Answers;
}) {
  return renderWizard({
    timeoutMs: CHECK_TIMEOUT_MS,
    runner: openRealRun().runner,
    env: cursor.env(options.env),
    steps: options.steps,
    answers: options.answers,
  });
}

test('step 1 shows the CLI account to compare, and step 2 passes with it', async () => {
  await writeFile(cursor.fake.stateFile, 'logged-in owner@example.com\n');
  const wizard = renderRealWizard({steps: [cursorLoginStep, cliStatusStep]});
  await wizard.ready();
  let frame = await wizard.waitFor('same account as the CLI (o…@example.com)');
  expect(frame).toContain('Step 1/2');
  frame = await wizard.pressAndWaitFor('Logged in as o…@example.com', KEY.enter);
  expect(frame).toContain('✓ pass');
  expect(frame).toContain('1. Finish');
  wizard.unmount();
});

test('step 2 fails when logged out, leads into step 3, and the login there fixes it', async () => {
  await writeFile(cursor.fake.stateFile, 'logged-out owner@example.com\n');
  const wizard = renderRealWizard({steps: [cliStatusStep, cliLoginStep]});
  await wizard.ready();
  let frame = await wizard.waitFor('The Cursor CLI is not logged in');
  expect(frame).toContain('✗ fail');
  expect(frame).toContain('1. Go to step 3: Log the CLI in');
  frame = await wizard.pressAndWaitFor('Step 3/3', KEY.enter);
  frame = await wizard.waitFor('1. Log in (agent login)');
  expect(frame).toContain('Runs only when `agent status` fails: that is the case here.');
  frame = await wizard.pressAndWaitFor('Login complete', KEY.enter);
  expect(frame).toMatch(/https:\/\/cursor\.com\/loginDeepControl/);
  expect(frame).toMatch(/✓ pass\s+2\. Check `agent status`/);
  expect(frame).toMatch(/✓ pass\s+3\. Log the CLI in/);
  wizard.unmount();
});

test('step 3: the login runs on request, streams, and Esc stops the waiting CLI', async () => {
  await writeFile(cursor.fake.stateFile, 'logged-out owner@example.com\n');
  const wizard = renderRealWizard({env: {FAKE_AGENT_LOGIN: 'hang'}, steps: [cliLoginStep]});
  await wizard.ready();
  // Not applicable yet (no step 2 result): run it anyway, which only reads the status.
  await wizard.waitFor('Run this step anyway');
  let frame = await wizard.pressAndWaitFor('✗ fail', KEY.down, KEY.enter);
  expect((await cursor.fake.runs()).some((run) => run.argv[0] === 'login')).toBe(false);
  frame = await wizard.pressAndWaitFor('loginDeepControl', KEY.enter);
  expect(frame).toContain('Waiting for browser authentication...');
  expect(frame).toContain('Esc');
  const pid = (await cursor.fake.runs()).find((run) => run.argv[0] === 'login')!.pid;
  expect(alive(pid)).toBe(true);
  frame = await wizard.pressAndWaitFor('Login cancelled; the CLI was stopped', KEY.escape);
  await wizard.waitFor(() => !alive(pid), 'the login CLI to exit');
  wizard.unmount();
});

test('step 4 with CURSOR_API_KEY: passes with the key name, never shows the key', async () => {
  const wizard = renderRealWizard({env: {CURSOR_API_KEY: GOOD}, steps: [userApiKeyStep]});
  await wizard.ready();
  const frame = await wizard.waitFor('works with the CLI');
  expect(frame).toContain('"ci-runner"');
  expect(frame).toContain('cursor key, 38 chars, fp:');
  expect(wizard.frames().join('\n')).not.toContain(GOOD);
  wizard.unmount();
});

test('step 4 asks for the key in the masked field when automation fails and no key is set', async () => {
  const wizard = renderRealWizard({steps: [userApiKeyStep], answers: {automationFails: true}});
  await wizard.ready();
  await wizard.waitFor('Paste the Cursor user API key');
  await wizard.press(GOOD);
  await wizard.waitFor('38 characters received');
  const frame = await wizard.pressAndWaitFor('works with the CLI', KEY.enter);
  expect(frame).toContain('Key input');
  expect(wizard.frames().join('\n')).not.toContain(GOOD);
  const keyRuns = (await cursor.fake.runs()).filter((run) => run.hasApiKey);
  expect(keyRuns.length).toBe(1);
  expect(JSON.stringify(keyRuns)).not.toContain(GOOD);
  wizard.unmount();
});

test('step 10: the CLI and the process list are read for real; a restart not seen stays the person’s word', async () => {
  await writeFile(cursor.fake.stateFile, 'logged-in owner@example.com\n');
  const wizard = renderRealWizard({steps: [restartStep]});
  await wizard.ready();
  // No Cursor editor runs on a test machine: the step says so and waits for a restart.
  let frame = await wizard.waitFor('Cursor is not running now');
  expect(frame).toContain('File > Exit');
  expect(frame).toMatch(/step\s+before\s+after/);
  expect(frame).toMatch(/2 cli-status\s+-\s+pass\s+Logged in as o…@example\.com/);
  expect(frame).toMatch(/4 user-api-key\s+-\s+n\/a/);
  expect(frame).not.toContain('1. Next step');
  expect(frame).toContain('☐ manual');
  expect(frame).toContain('1. I quit Cursor fully and opened it again (the wizard did not see it)');
  frame = await wizard.pressAndWaitFor(
    'Confirmed by you; the wizard did not see it happen',
    KEY.enter,
  );
  expect(await wizard.exitCode).toBe(0);
});

test('step 10: a re-run check that fails keeps the step failing', async () => {
  const runner = createFakeRunner();
  runner.onProcess('ps -A -o comm=', {stdout: '/usr/share/cursor/cursor\n'});
  runner.paths.agent = '/fake/agent';
  runner.onProcess('/fake/agent --version', {stdout: '2026.09.15-d2fe57e\n'});
  runner.onProcess('/fake/agent status --format json', {
    stdout: '{"status":"unauthenticated","isAuthenticated":false,"message":"Not logged in"}\n',
  });
  const wizard = renderWizard({
    timeoutMs: CHECK_TIMEOUT_MS,
    runner,
    env: {},
    steps: [restartStep],
  });
  await wizard.ready();
  const frame = await wizard.waitFor('still fails');
  expect(frame).toMatch(/2 cli-status\s+-\s+fail/);
  expect(frame).toContain('Go back to step 2');
  wizard.unmount();
});

/** A Cursor editor signed in as `email`, its state readable. */
async function editorSignedInAs(email: string): Promise<Env> {
  requireSqliteShell();
  const dir = await makeEditorDir();
  editorCleanups.push(dir.cleanup);
  await writeStateDb(dir.dbPath, proWithEncryptedKey(email).items);
  return {CURSORKEY_CURSOR_USER_DIR: dir.userDir};
}
const editorCleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of editorCleanups.splice(0)) await cleanup();
});

test('step 1 decided by the editor: a pass is shown as such, with no "I did it" to press', async () => {
  await writeFile(cursor.fake.stateFile, 'logged-in owner@example.com\n');
  const wizard = renderRealWizard({
    steps: [cursorLoginStep, cliStatusStep],
    env: await editorSignedInAs('owner@example.com'),
  });
  await wizard.ready();
  let frame = await wizard.waitFor('the same account as the CLI');
  expect(frame).toContain('Step 1/2');
  expect(frame).toContain('✓ pass');
  expect(frame).not.toContain('I did it');
  expect(frame).toContain('1. Next step');
  frame = await wizard.pressAndWaitFor('Step 2/2', KEY.enter);
  wizard.unmount();
});

test('step 1 decided by the editor: another account fails, and cannot be confirmed by hand', async () => {
  await writeFile(cursor.fake.stateFile, 'logged-in owner@example.com\n');
  const wizard = renderRealWizard({
    steps: [cursorLoginStep, cliStatusStep],
    env: await editorSignedInAs('someone@example.com'),
  });
  await wizard.ready();
  const frame = await wizard.waitFor('but the CLI belongs to');
  expect(frame).toContain('✗ fail');
  expect(frame).not.toContain('I did it');
  expect(frame).not.toContain('Next step');
  wizard.unmount();
});
