// Steps 5, 6 and 8 reading the editor's own state (a real state.vscdb from the sqlite3 shell):
// which fields are set, a key in another provider's field, a tested key missing from Cursor,
// whether Cursor's key is the tested key, paste damage in a plain-stored key, the override base
// URL, and the enabled models. Without the state every step keeps its fallback.
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {Secret} from '../../source/core/secrets.js';
import {stepById} from '../../source/core/steps/index.js';
import type {StepId} from '../../source/core/vocabulary.js';
import {
  encryptedValue,
  type EditorDir,
  type ItemValue,
  makeEditorDir,
  REACTIVE_KEY,
  requireSqliteShell,
  SqliteSession,
  writeStateDb,
} from '../helpers/editor-db.js';
import {startMockProvider, synthetic, type MockProvider} from '../helpers/mock-providers/index.js';
import {makeContext, runSteps} from '../providers/support.js';
import {reactive} from './fixtures.js';

const dirs: EditorDir[] = [];
const mocks: MockProvider[] = [];
beforeAll(() => requireSqliteShell());
afterEach(async () => {
  while (mocks.length > 0) await mocks.pop()!.close();
  while (dirs.length > 0) await dirs.pop()!.cleanup();
});

async function editor(items: Record<string, ItemValue>): Promise<string> {
  const dir = await makeEditorDir();
  dirs.push(dir);
  await writeStateDb(dir.dbPath, items);
  return dir.userDir;
}

async function step(id: StepId, env: Record<string, string>, answers = {}) {
  return stepById(id).check(makeContext({env, answers}));
}

describe('step 5 with the editor state', () => {
  test('a plain key in another provider’s field fails, with no key tested here', async () => {
    const userDir = await editor({'cursorAuth/openAIKey': synthetic.anthropic()});
    const result = await step('byok-provider', {CURSORKEY_CURSOR_USER_DIR: userDir});
    expect(result).toMatchObject({status: 'fail', layer: 'provider-key'});
    expect(result.summary).toMatch(
      /OpenAI API Key field holds a Anthropic key|OpenAI API Key field holds an? Anthropic key/,
    );
    expect(result.fix?.summary).toMatch(/Anthropic API Key/);
  });

  test('The key in Cursor is not the key you tested', async () => {
    const inCursor = synthetic.openai();
    const tested = synthetic.openai();
    const userDir = await editor({
      'cursorAuth/openAIKey': inCursor,
      ...reactive({useOpenAIKey: true}),
    });
    const result = await step('byok-provider', {
      CURSORKEY_CURSOR_USER_DIR: userDir,
      OPENAI_API_KEY: tested,
    });
    expect(result).toMatchObject({status: 'fail', layer: 'provider-key'});
    expect(result.summary).toMatch(/^The key in Cursor is not the key you tested/);
    expect(result.summary).toContain(new Secret(inCursor, 'x').fingerprint);
    expect(JSON.stringify(result)).not.toContain(inCursor);
    expect(JSON.stringify(result)).not.toContain(tested);
  });

  test('the same key, stored with a trailing newline, matches the tested key', async () => {
    const key = synthetic.openai();
    const userDir = await editor({'cursorAuth/openAIKey': `${key}\n`});
    const result = await step('byok-provider', {
      CURSORKEY_CURSOR_USER_DIR: userDir,
      OPENAI_API_KEY: key,
    });
    expect(result.status).toBe('pass');
    expect(result.evidence.join('\n')).toMatch(/is the key you tested, with paste damage/);
  });

  test('a key tested here but absent from Cursor is flagged', async () => {
    const userDir = await editor({'secret://cursorAuth/openAIKey': encryptedValue([])});
    const result = await step('byok-provider', {
      CURSORKEY_CURSOR_USER_DIR: userDir,
      ANTHROPIC_API_KEY: synthetic.anthropic(),
    });
    expect(result.status).toBe('warn');
    expect(result.summary).toMatch(/is not in Cursor: Anthropic API Key is empty/);
  });

  test('an encrypted key with no key here: Cursor’s fields pass, presence only', async () => {
    const userDir = await editor({
      'secret://cursorAuth/openAIKey': encryptedValue([9, 9, 9]),
      ...reactive({useOpenAIKey: true}),
    });
    const result = await step('byok-provider', {CURSORKEY_CURSOR_USER_DIR: userDir});
    expect(result.status).toBe('pass');
    expect(result.summary).toMatch(/Cursor holds OpenAI \(encrypted\) credentials/);
    expect(result.evidence.join('\n')).toMatch(/OpenAI set \(encrypted, on\)/);
  });

  test('no state file: the step keeps its fallback', async () => {
    const dir = await makeEditorDir();
    dirs.push(dir);
    const result = await step('byok-provider', {CURSORKEY_CURSOR_USER_DIR: dir.userDir});
    expect(result.status).toBe('warn');
    expect(result.summary).toMatch(/No provider key found/);
  });
});

describe('step 6 with the editor state', () => {
  test('paste damage in a plain-stored key fails as provider-key, without the key', async () => {
    const key = synthetic.google();
    const userDir = await editor({'cursorAuth/googleKey': ` ${key}\r\n`});
    const result = await step('key-paste', {CURSORKEY_CURSOR_USER_DIR: userDir});
    expect(result).toMatchObject({status: 'fail', layer: 'provider-key'});
    expect(result.summary).toMatch(
      /Google API Key field has paste damage: whitespace before the key/,
    );
    expect(result.fix?.summary).toMatch(
      /Re-paste the key into Cursor Settings > Models > Google API Key/,
    );
    expect(result.evidence.join('\n')).toMatch(/map: ⎵ AIza… ␍ ⏎/);
    expect(JSON.stringify(result)).not.toContain(key);
  });

  test('an encrypted key is never decrypted: the step says it cannot be checked', async () => {
    const userDir = await editor({'secret://cursorAuth/openAIKey': encryptedValue([1])});
    const result = await step('key-paste', {
      CURSORKEY_CURSOR_USER_DIR: userDir,
      OPENAI_API_KEY: synthetic.openai(),
    });
    expect(result.status).toBe('pass');
    expect(result.evidence.join('\n')).toMatch(/encrypted: that copy cannot be checked/);
  });
});

describe('step 8 with the editor state', () => {
  test.each([
    ['http://localhost:11434/v1', /this machine/],
    ['https://10.0.0.5/v1', /private address/],
    ['http://api.example.com/v1', /plain http/],
  ])('the override %s cannot work from Cursor’s servers', async (url, why) => {
    const userDir = await editor(reactive({useOpenAIKey: true, openAIBaseUrl: url}));
    const result = await step('model-support', {CURSORKEY_CURSOR_USER_DIR: userDir});
    expect(result).toMatchObject({status: 'fail', layer: 'base-url'});
    expect(result.summary).toMatch(why);
    expect(result.fix?.summary).toMatch(/public https:\/\//);
  });

  test('an OpenRouter key in the OpenAI field needs OpenRouter’s base URL', async () => {
    const key = synthetic.openrouter();
    const without = await editor({'cursorAuth/openAIKey': key, ...reactive({useOpenAIKey: true})});
    const result = await step('model-support', {CURSORKEY_CURSOR_USER_DIR: without});
    expect(result).toMatchObject({status: 'fail', layer: 'base-url'});
    expect(result.fix?.summary).toMatch(
      /Override OpenAI Base URL with https:\/\/openrouter\.ai\/api\/v1/,
    );
    const withBase = await editor({
      'cursorAuth/openAIKey': key,
      ...reactive({useOpenAIKey: true, openAIBaseUrl: 'https://openrouter.ai/api/v1'}),
    });
    expect((await step('model-support', {CURSORKEY_CURSOR_USER_DIR: withBase})).status).not.toBe(
      'fail',
    );
    // Step 5 does not call it a key in the wrong field.
    expect((await step('byok-provider', {CURSORKEY_CURSOR_USER_DIR: withBase})).status).toBe(
      'pass',
    );
  });

  test('a Bedrock API key in the OpenAI field rides on Bedrock’s OpenAI-compatible URL', async () => {
    const key = synthetic.bedrockApiKey();
    const base = 'https://bedrock-runtime.eu-west-1.amazonaws.com/openai/v1';
    const right = await editor({
      'cursorAuth/openAIKey': key,
      ...reactive({useOpenAIKey: true, openAIBaseUrl: base}),
    });
    expect((await step('byok-provider', {CURSORKEY_CURSOR_USER_DIR: right})).status).toBe('pass');
    expect((await step('model-support', {CURSORKEY_CURSOR_USER_DIR: right})).status).not.toBe(
      'fail',
    );
    const wrong = await editor({'cursorAuth/openAIKey': key, ...reactive({useOpenAIKey: true})});
    const result = await step('model-support', {CURSORKEY_CURSOR_USER_DIR: wrong});
    expect(result).toMatchObject({status: 'fail', layer: 'base-url'});
  });

  test('a public https override passes the base-URL rules', async () => {
    const userDir = await editor(
      reactive({useOpenAIKey: true, openAIBaseUrl: 'https://openrouter.ai/api/v1'}),
    );
    const result = await step('model-support', {CURSORKEY_CURSOR_USER_DIR: userDir});
    expect(result.status).toBe('warn'); // no key here: the fallback
  });

  test('with no model named, the models enabled in Cursor are judged against the key', async () => {
    const server = await mock('openai');
    const userDir = await editor({
      'secret://cursorAuth/openAIKey': encryptedValue([5]),
      ...reactive({
        useOpenAIKey: true,
        aiSettings: {userAddedModels: ['gpt-4o-mnii'], modelOverrideEnabled: ['gpt-4o-mini']},
      }),
    });
    const {results} = await runSteps({env: {...server.env, CURSORKEY_CURSOR_USER_DIR: userDir}}, [
      'provider-test',
      'model-support',
    ]);
    const step8 = results['model-support']!;
    expect(step8).toMatchObject({status: 'fail', layer: 'model'});
    expect(step8.summary).toMatch(/enabled in Cursor but not usable with this key: gpt-4o-mnii/);
    expect(step8.evidence.join('\n')).toMatch(/did you mean gpt-4o-mini/);
  });
});

async function mock(...args: Parameters<typeof startMockProvider>) {
  const started = await startMockProvider(...args);
  mocks.push(started);
  return started;
}

describe('watching Cursor’s settings change (step 5)', () => {
  test('the check runs again as soon as Cursor saves a new key', async () => {
    const dir = await makeEditorDir();
    dirs.push(dir);
    await writeStateDb(dir.dbPath, {'cursorAuth/openAIKey': synthetic.anthropic()});
    const session = new SqliteSession(dir.dbPath);
    const fixed = synthetic.openai();
    const context = makeContext({env: {CURSORKEY_CURSOR_USER_DIR: dir.userDir}});
    let edited: Promise<void> | null = null;
    context.progress = (line) => {
      // The person edits the field once the watch has started.
      if (/^Watching/.test(line)) {
        edited = session.exec(`INSERT INTO ItemTable VALUES('cursorAuth/openAIKey', '${fixed}');`);
      }
    };
    const watch = stepById('byok-provider').actions!.find((a) => a.id === 'watch-editor')!;
    try {
      const result = await watch.run(context);
      expect(edited).not.toBeNull();
      expect(result.status).toBe('pass');
      expect(JSON.stringify(result)).not.toContain(fixed);
    } finally {
      await edited;
      await session.close();
    }
  });
});

describe('watching Cursor’s settings change (step 8)', () => {
  test('a fixed base URL is seen as soon as Cursor saves it', async () => {
    const dir = await makeEditorDir();
    dirs.push(dir);
    await writeStateDb(
      dir.dbPath,
      reactive({useOpenAIKey: true, openAIBaseUrl: 'http://localhost:8080/v1'}),
    );
    const session = new SqliteSession(dir.dbPath);
    const context = makeContext({env: {CURSORKEY_CURSOR_USER_DIR: dir.userDir}});
    const fixed = JSON.stringify({
      useOpenAIKey: true,
      openAIBaseUrl: 'https://openrouter.ai/api/v1',
    });
    let edited: Promise<void> | null = null;
    context.progress = (line) => {
      if (/^Watching/.test(line)) {
        edited = session.exec(`INSERT INTO ItemTable VALUES('${REACTIVE_KEY}', '${fixed}');`);
      }
    };
    const step8 = stepById('model-support');
    expect((await step8.check(context)).layer).toBe('base-url');
    const watch = step8.actions!.find((a) => a.id === 'watch-editor')!;
    try {
      const result = await watch.run(context);
      expect(edited).not.toBeNull();
      expect(result.layer).not.toBe('base-url');
    } finally {
      await edited;
      await session.close();
    }
  });
});
