// Step 1 on its own, as the wizard runs it first: the editor's account against the Cursor API
// key's owner, asked from /v0/me when step 4 has not run yet.
import {afterEach, beforeAll, expect, test} from 'vitest';
import {cursorLoginCheck} from '../../source/core/cursor/account-check.js';
import {startCursorApiServer, type CursorApiServer} from '../helpers/cursor-api-server.js';
import {cursorContext} from '../helpers/cursor-context.js';
import {
  type EditorDir,
  makeEditorDir,
  requireSqliteShell,
  writeStateDb,
} from '../helpers/editor-db.js';
import {synthetic} from '../helpers/mock-providers/keys.js';
import {proWithEncryptedKey} from './fixtures.js';

const cleanups: (() => Promise<void>)[] = [];
beforeAll(() => requireSqliteShell());
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setup(editorEmail: string, ownerEmail: string) {
  const dir: EditorDir = await makeEditorDir();
  cleanups.push(dir.cleanup);
  await writeStateDb(dir.dbPath, proWithEncryptedKey(editorEmail).items);
  const key = synthetic.cursor();
  const api: CursorApiServer = await startCursorApiServer({
    [key]: {apiKeyName: 'ci', createdAt: '2026-11-01T00:00:00Z', userEmail: ownerEmail},
  });
  cleanups.push(api.close);
  const env = {
    PATH: '/nonexistent',
    CURSORKEY_CURSOR_USER_DIR: dir.userDir,
    CURSOR_API_KEY: key,
    CURSORKEY_CURSOR_API_URL: api.url,
  };
  return {env, api, key};
}

test('the key owner is another account: step 1 fails as cursor-account', async () => {
  const {env, key} = await setup('dev@example.com', 'ci-bot@example.com');
  const result = await cursorLoginCheck(cursorContext({env}));
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-account'});
  expect(result.summary).toMatch(
    /editor is signed in as d…@example\.com, but the Cursor API key belongs to c…@example\.com/,
  );
  expect(result.facts?.cursorKeyOwnerEmail).toBe('ci-bot@example.com');
  expect(JSON.stringify(result)).not.toContain(key);
});

test('the same owner: pass; an owner already known is not asked again', async () => {
  const {env, api} = await setup('dev@example.com', 'DEV@example.com');
  expect((await cursorLoginCheck(cursorContext({env}))).status).toBe('pass');
  const asked = api.requests.length;
  const known = await cursorLoginCheck(
    cursorContext({env, facts: {cursorKeyOwnerEmail: 'dev@example.com'}}),
  );
  expect(known.status).toBe('pass');
  expect(api.requests.length).toBe(asked);
});
