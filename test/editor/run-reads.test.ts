// The steps that look at Cursor's settings share one read of its state database per run: it is
// read again only when the database changed since, or when the person asks for a re-check.
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {
  checkEach,
  createStepRunner,
  runInOrder,
  type RunState,
  type StepRunner,
} from '../../source/core/run/step-runner.js';
import {stepById} from '../../source/core/steps/index.js';
import type {StepId} from '../../source/core/vocabulary.js';
import type {Runner} from '../../source/core/runner.js';
import {
  type EditorDir,
  makeEditorDir,
  openLiveWalDb,
  requireSqliteShell,
  type SqliteSession,
  writeStateDb,
} from '../helpers/editor-db.js';
import {synthetic} from '../helpers/mock-providers/index.js';
import {loopbackRunner} from '../providers/support.js';
import {reactive} from './fixtures.js';

const EDITOR_STEPS: readonly StepId[] = [
  'cursor-login',
  'byok-provider',
  'key-paste',
  'model-support',
  'restart',
];

const dirs: EditorDir[] = [];
const sessions: SqliteSession[] = [];
beforeAll(() => requireSqliteShell());
afterEach(async () => {
  while (sessions.length > 0) await sessions.pop()!.close();
  while (dirs.length > 0) await dirs.pop()!.cleanup();
});

/** The shipped runner, counting its reads of the editor's database. */
function countingRunner(): Runner & {reads: number} {
  const base = loopbackRunner();
  const counted = {
    ...base,
    reads: 0,
    readEditorStore: (request: Parameters<NonNullable<Runner['readEditorStore']>>[0]) => {
      counted.reads += 1;
      return base.readEditorStore!(request);
    },
  };
  return counted;
}

async function editorDir(): Promise<EditorDir> {
  const dir = await makeEditorDir();
  dirs.push(dir);
  return dir;
}

function runOf(runner: Runner, dir: EditorDir): StepRunner {
  return createStepRunner({
    runner,
    env: {CURSORKEY_CURSOR_USER_DIR: dir.userDir, PATH: ''},
    platform: 'linux',
    timeoutMs: 5_000,
    options: {interactive: false, noCompletion: true, share: false},
  });
}

const start: RunState = {answers: {}, facts: {}, results: {}};

function steps(ids: readonly StepId[]) {
  return ids.map((id) => stepById(id));
}

describe('one read of the editor state per run', () => {
  test('the five steps that look at Cursor read an unchanged database once', async () => {
    const dir = await editorDir();
    await writeStateDb(dir.dbPath, {'cursorAuth/openAIKey': synthetic.openai()});
    const runner = countingRunner();
    const end = await runInOrder(steps(EDITOR_STEPS), start, checkEach(runOf(runner, dir)));
    expect(Object.keys(end.results)).toEqual([...EDITOR_STEPS]);
    expect(end.facts.editor?.readable).toBe(true);
    expect(runner.reads).toBe(1);
  });

  test('a setting saved between steps is read again, and the later step sees it', async () => {
    const dir = await editorDir();
    await writeStateDb(dir.dbPath, {'cursorAuth/openAIKey': synthetic.openai()});
    const runner = countingRunner();
    const visit = checkEach(runOf(runner, dir));
    const before = await runInOrder(steps(['cursor-login', 'byok-provider']), start, visit);
    expect(before.facts.editor?.models).not.toContain('fresh-model');

    await writeStateDb(dir.dbPath, reactive({aiSettings: {userAddedModels: ['fresh-model']}}));
    const after = await runInOrder(steps(['key-paste', 'model-support']), before, visit);
    expect(runner.reads).toBe(2);
    expect(after.facts.editor?.models).toContain('fresh-model');
  });

  test('a commit that only reaches the -wal counts as a change', async () => {
    const dir = await editorDir();
    const session = await openLiveWalDb(
      dir.dbPath,
      {'cursorAuth/openAIKey': synthetic.openai()},
      {},
    );
    sessions.push(session);
    const runner = countingRunner();
    const visit = checkEach(runOf(runner, dir));
    const before = await runInOrder(steps(['byok-provider']), start, visit);
    await session.exec(
      `INSERT INTO ItemTable VALUES('cursorAuth/anthropicKey', '${synthetic.anthropic()}');`,
    );
    await runInOrder(steps(['key-paste', 'model-support']), before, visit);
    expect(runner.reads).toBe(2);
  });

  test('a re-check reads the database even when it did not change', async () => {
    const dir = await editorDir();
    await writeStateDb(dir.dbPath, {'cursorAuth/openAIKey': synthetic.openai()});
    const runner = countingRunner();
    const run = runOf(runner, dir);
    const state = await runInOrder(steps(['byok-provider']), start, checkEach(run));
    await run.runStep({step: stepById('byok-provider'), state, recheck: true});
    expect(runner.reads).toBe(2);
  });

  test('separate runs never share a read', async () => {
    const dir = await editorDir();
    await writeStateDb(dir.dbPath, {'cursorAuth/openAIKey': synthetic.openai()});
    const runner = countingRunner();
    await runInOrder(steps(['byok-provider']), start, checkEach(runOf(runner, dir)));
    await runInOrder(steps(['byok-provider']), start, checkEach(runOf(runner, dir)));
    expect(runner.reads).toBe(2);
  });
});
