// The editor inspector against real SQLite files built by the sqlite3 shell with the editor's
// table layout: every fixture state of the issue, read through the real runner. On a Node that
// has node:sqlite, SQLite itself reads each fixture too, as a second engine the reader must agree
// with.
import {createHash} from 'node:crypto';
import {copyFile, mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {editorJson} from '../../source/core/editor/editor-json.js';
import {inspectEditor} from '../../source/core/editor/inspect.js';
import {ALL_ITEM_KEYS} from '../../source/core/editor/items.js';
import type {EditorState} from '../../source/core/editor/state.js';
import {readEditorStore} from '../../source/probes/editor-store.js';
import {openRealRun} from '../../source/probes/real-runner.js';
import {
  type EditorDir,
  encryptedValue,
  ITEM_TABLE_SQL,
  type ItemValue,
  makeEditorDir,
  openLiveWalDb,
  requireSqliteShell,
  SqliteSession,
  writeStateDb,
} from '../helpers/editor-db.js';
import {synthetic} from '../helpers/mock-providers/keys.js';
import {proWithEncryptedKey, reactive} from './fixtures.js';
import {systemClock} from '../../source/probes/clock.js';

let dirs: EditorDir[] = [];
let sessions: SqliteSession[] = [];

beforeAll(() => requireSqliteShell());

afterEach(async () => {
  await Promise.all(sessions.map((session) => session.close().catch(() => session.kill())));
  await Promise.all(dirs.map((dir) => dir.cleanup()));
  dirs = [];
  sessions = [];
});

async function editorDir(): Promise<EditorDir> {
  const dir = await makeEditorDir();
  dirs.push(dir);
  return dir;
}

async function inspect(userDir: string, timeoutMs = 3_000): Promise<EditorState> {
  const state = await inspectEditor({
    runner: openRealRun().runner,
    env: {CURSORKEY_CURSOR_USER_DIR: userDir},
    platform: process.platform,
    timeoutMs,
    signal: new AbortController().signal,
    editorReads: new Map(),
  });
  if (!state) throw new Error('the real runner reads the editor store');
  return state;
}

/** Every output the inspector feeds: the state itself and the doctor JSON object. */
function outputs(state: EditorState): string {
  return `${JSON.stringify(state)}\n${JSON.stringify(editorJson(state))}`;
}

function expectNoneOf(secrets: readonly string[], text: string): void {
  for (const secret of secrets) {
    const core = secret.trim();
    expect(text).not.toContain(core);
    // No run of a key's characters past a public prefix, either.
    expect(text).not.toContain(core.slice(12, 24));
  }
}

// node:sqlite exists from Node 22; on Node 20 this second engine is absent and skipped.
type Sqlite = {
  DatabaseSync: new (
    path: string,
    options?: {readOnly?: boolean},
  ) => {
    prepare(sql: string): {all(): {key: string; value: unknown}[]};
    close(): void;
  };
};
const nodeSqlite: Sqlite | null = await import('node:sqlite' as string).catch(() => null);

/** SQLite's own reading of the wanted rows, from a private copy (never the fixture itself). */
async function sqliteOracle(dir: EditorDir): Promise<Map<string, string | null>> {
  const copyDir = await makeEditorDir();
  dirs.push(copyDir);
  for (const suffix of ['', '-wal']) {
    await copyFile(dir.dbPath + suffix, copyDir.dbPath + suffix).catch(() => undefined);
  }
  const db = new nodeSqlite!.DatabaseSync(copyDir.dbPath);
  try {
    const rows = db.prepare('SELECT key, value FROM ItemTable').all();
    const wanted = new Set(ALL_ITEM_KEYS);
    const map = new Map<string, string | null>();
    for (const row of rows) {
      if (!wanted.has(row.key)) continue;
      const value = row.value;
      map.set(
        row.key,
        value === null
          ? null
          : value instanceof Uint8Array
            ? Buffer.from(value).toString('utf8')
            : String(value),
      );
    }
    return map;
  } finally {
    db.close();
  }
}

/** SQLite, too, refuses a file the reader calls unreadable (when node:sqlite exists here). */
async function expectSqliteRefuses(dir: EditorDir): Promise<void> {
  if (!nodeSqlite) return;
  await expect(sqliteOracle(dir)).rejects.toThrow();
}

/** The reader and SQLite agree on every wanted row (when node:sqlite exists here). */
async function expectEnginesAgree(dir: EditorDir): Promise<void> {
  const read = await readEditorStore(
    {files: [dir.dbPath], keys: ALL_ITEM_KEYS, timeoutMs: 3_000},
    systemClock,
  );
  expect(read.kind).toBe('read');
  if (!nodeSqlite || read.kind !== 'read') return;
  const oracle = await sqliteOracle(dir);
  expect(new Map([...read.items].sort())).toEqual(new Map([...oracle].sort()));
}

async function fixture(
  items: Record<string, ItemValue>,
  options?: Parameters<typeof writeStateDb>[2],
): Promise<EditorDir> {
  const dir = await editorDir();
  await writeStateDb(dir.dbPath, items, options);
  return dir;
}

describe('the state file', () => {
  it('not there: found is false and everything else null', async () => {
    const dir = await editorDir();
    const state = await inspect(dir.userDir);
    expect(editorJson(state)).toEqual({
      found: false,
      source: null,
      account: null,
      byok: null,
      models: null,
    });
  });

  it('signed in, pro plan, an encrypted OpenAI key with an override and added models', async () => {
    const {items, secrets} = proWithEncryptedKey();
    const dir = await fixture(items);
    const state = await inspect(dir.userDir);
    expect(editorJson(state)).toEqual({
      found: true,
      source: 'state.vscdb',
      account: {email: 'a…@example.com', plan: 'pro'},
      byok: {
        openai: {
          field: 'set',
          storage: 'encrypted',
          enabled: true,
          baseUrl: 'https://***@openrouter.ai/api/v1',
        },
        anthropic: {field: 'unset', storage: null, enabled: false, baseUrl: null},
        google: {field: 'unset', storage: null, enabled: null, baseUrl: null},
        azure: {field: 'unset', storage: null, enabled: null, baseUrl: null},
        bedrock: {field: 'unset', storage: null, enabled: null, baseUrl: null},
      },
      models: ['my-finetune', 'gpt-4.1', 'claude-sonnet-4-5'],
    });
    expect(state.account).toEqual({email: 'alice@example.com', plan: 'pro', signedIn: true});
    expect(outputs(state)).not.toContain('hunter2');
    expectNoneOf(secrets, outputs(state));
    await expectEnginesAgree(dir);
  });

  it('signed out: no login, no email, no plan', async () => {
    const dir = await fixture({'cursorAuth/cachedSignUpType': 'Auth_0', ...reactive({})});
    const state = await inspect(dir.userDir);
    expect(state.account).toEqual({email: null, plan: null, signedIn: false});
    expect(editorJson(state).account).toEqual({email: null, plan: null});
    expect(state.models).toEqual([]);
    await expectEnginesAgree(dir);
  });

  it('a free plan, stored only in the reactive settings', async () => {
    const dir = await fixture({
      'cursorAuth/accessToken': 'eyJ.x.y',
      'cursorAuth/cachedEmail': 'bob@example.org',
      ...reactive({membershipType: 'free'}),
    });
    const state = await inspect(dir.userDir);
    expect(editorJson(state).account).toEqual({email: 'b…@example.org', plan: 'free'});
    await expectEnginesAgree(dir);
  });

  it('`secret://` entries: empty Buffer is unset, bytes are set', async () => {
    const dir = await fixture({
      'secret://cursorAuth/openAIKey': encryptedValue([]),
      'secret://cursorAuth/anthropicKey': encryptedValue([1, 2, 3]),
      'secret://cursorAuth/googleKey': '',
    });
    const {byok} = await inspect(dir.userDir);
    expect(byok.openai.field).toBe('unset');
    expect(byok.anthropic).toMatchObject({field: 'set', storage: 'encrypted'});
    expect(byok.google.field).toBe('unset');
    await expectEnginesAgree(dir);
  });

  it('legacy plain keys: whitespace damage and a key in another provider’s field', async () => {
    const anthropic = synthetic.anthropic();
    const google = synthetic.google();
    const azure = synthetic.azure();
    const dir = await fixture({
      'cursorAuth/openAIKey': `${anthropic}\n`,
      'cursorAuth/googleKey': ` ${google}`,
      ...reactive({
        useOpenAIKey: true,
        azureState: {apiKey: azure, baseUrl: 'https://x.openai.azure.com', useAzure: false},
      }),
    });
    const state = await inspect(dir.userDir);
    expect(state.byok.openai).toEqual({
      field: 'set',
      storage: 'plain',
      enabled: true,
      baseUrl: null,
    });
    expect(state.byok.azure).toMatchObject({field: 'set', storage: 'plain', enabled: false});
    const openai = state.plainKeys.find((key) => key.field === 'openai')!;
    expect(openai).toMatchObject({provider: 'anthropic', length: anthropic.length + 1});
    expect(openai.damage.map((d) => d.id)).toEqual(['trailing-whitespace', 'line-break']);
    const google_ = state.plainKeys.find((key) => key.field === 'google')!;
    expect(google_).toMatchObject({provider: 'google'});
    expect(google_.damage.map((d) => d.id)).toEqual(['leading-whitespace']);
    expect(openai.fingerprint).not.toBe(openai.cleanFingerprint);
    expectNoneOf([anthropic, google, azure], outputs(state));
    await expectEnginesAgree(dir);
  });

  it('Bedrock credentials in the settings are presence only', async () => {
    const secret = synthetic.awsSecret();
    const dir = await fixture(
      reactive({
        bedrockState: {
          accessKey: synthetic.awsAccessKeyId(),
          secretKey: secret,
          region: 'us-east-1',
          useBedrock: true,
        },
      }),
    );
    const state = await inspect(dir.userDir);
    expect(state.byok.bedrock).toEqual({
      field: 'set',
      storage: 'plain',
      enabled: true,
      baseUrl: null,
    });
    expect(state.plainKeys).toEqual([]);
    expectNoneOf([secret], outputs(state));
    await expectEnginesAgree(dir);
  });

  it('values spread over overflow pages and a multi-level b-tree, with small pages', async () => {
    const filler: Record<string, ItemValue> = {};
    for (let i = 0; i < 400; i++) filler[`filler/${i}`] = 'v'.repeat(i * 7);
    const models = Array.from({length: 800}, (_, i) => `model-${i}`);
    const dir = await fixture(
      {
        ...filler,
        'cursorAuth/cachedEmail': 'carol@example.net',
        ...reactive({aiSettings: {userAddedModels: models}}),
      },
      {pageSize: 512},
    );
    const state = await inspect(dir.userDir);
    expect(state.models).toEqual(models);
    expect(state.account?.email).toBe('carol@example.net');
    await expectEnginesAgree(dir);
  });

  it.each(['UTF-16le', 'UTF-16be'] as const)('a %s database', async (encoding) => {
    const dir = await fixture(
      {
        'cursorAuth/cachedEmail': 'zoë@example.com',
        ...reactive({aiSettings: {userAddedModels: ['模型']}}),
      },
      {encoding},
    );
    const state = await inspect(dir.userDir);
    expect(state.account?.email).toBe('zoë@example.com');
    expect(state.models).toEqual(['模型']);
    await expectEnginesAgree(dir);
  });

  it('a user-added model and a blob value stored as BLOB rather than TEXT', async () => {
    const dir = await fixture({
      'cursorAuth/cachedEmail': Buffer.from('dave@example.com'),
      ...reactive({aiSettings: {userAddedModels: ['deepseek-chat', '\u001b[31mred\u001b[0m']}}),
    });
    const state = await inspect(dir.userDir);
    expect(state.account?.email).toBe('dave@example.com');
    expect(state.models).toEqual(['deepseek-chat', 'red']);
    await expectEnginesAgree(dir);
  });
});

describe('files that cannot be read give unknown, never a crash', () => {
  const unreadable = {
    found: true,
    source: 'state.vscdb',
    account: null,
    byok: Object.fromEntries(
      ['openai', 'anthropic', 'google', 'azure', 'bedrock'].map((p) => [
        p,
        {field: 'unknown', storage: null, enabled: null, baseUrl: null},
      ]),
    ),
    models: null,
  };

  it('a file that is not SQLite', async () => {
    const dir = await editorDir();
    await writeFile(dir.dbPath, 'this is not a database\n'.repeat(100));
    const state = await inspect(dir.userDir);
    expect(editorJson(state)).toEqual(unreadable);
    expect(state.failure).toBe('not-sqlite');
    await expectSqliteRefuses(dir);
  });

  it('an empty file', async () => {
    const dir = await editorDir();
    await writeFile(dir.dbPath, '');
    expect(editorJson(await inspect(dir.userDir))).toEqual(unreadable);
  });

  it('a database cut short, and one with damaged pages', async () => {
    const filler: Record<string, ItemValue> = {};
    for (let i = 0; i < 200; i++) filler[`filler/${i}`] = 'w'.repeat(300);
    const dir = await fixture({...filler, ...proWithEncryptedKey().items}, {pageSize: 1024});
    const whole = await readFile(dir.dbPath);

    await writeFile(dir.dbPath, whole.subarray(0, Math.floor(whole.length / 2)));
    let state = await inspect(dir.userDir);
    expect(editorJson(state)).toEqual(unreadable);

    const damaged = Buffer.from(whole);
    for (let page = 1; page < whole.length / 1024; page++)
      damaged.fill(0xff, page * 1024, page * 1024 + 16);
    await writeFile(dir.dbPath, damaged);
    state = await inspect(dir.userDir);
    expect(editorJson(state)).toEqual(unreadable);
    expect(state.failure).toBe('corrupt');
    await expectSqliteRefuses(dir);
  });

  it('another shape: no ItemTable', async () => {
    const dir = await editorDir();
    const session = new SqliteSession(dir.dbPath);
    await session.exec('CREATE TABLE other (a, b); INSERT INTO other VALUES (1, 2);');
    await session.close();
    const state = await inspect(dir.userDir);
    expect(editorJson(state)).toEqual(unreadable);
    expect(state.failure).toBe('no-table');
    await expectSqliteRefuses(dir);
  });

  it('settings that are not JSON make the blob-based facts unknown', async () => {
    const dir = await fixture({
      'cursorAuth/cachedEmail': 'erin@example.com',
      [Object.keys(reactive({}))[0]!]: '{not json',
    });
    const state = await inspect(dir.userDir);
    expect(state.models).toBeNull();
    expect(state.byok.azure.field).toBe('unknown');
    expect(state.byok.openai.field).toBe('unset');
  });
});

describe('a database Cursor is using', () => {
  it('WAL mode: the newest values, which live only in the -wal, win', async () => {
    const dir = await editorDir();
    const session = await openLiveWalDb(
      dir.dbPath,
      {'cursorAuth/cachedEmail': 'old@example.com', 'cursorAuth/stripeMembershipType': 'free'},
      {
        'cursorAuth/cachedEmail': 'new@example.com',
        'cursorAuth/stripeMembershipType': 'pro',
        'cursorAuth/accessToken': 'eyJ.a.b',
        ...reactive({useOpenAIKey: true, aiSettings: {userAddedModels: ['fresh-model']}}),
      },
    );
    sessions.push(session);
    const names = await readdir(join(dir.userDir, 'globalStorage'));
    expect(names).toContain('state.vscdb-wal');
    // The database file alone still holds the old value: the new one is only in the log.
    expect((await readFile(dir.dbPath)).includes('new@example.com')).toBe(false);
    const state = await inspect(dir.userDir);
    expect(state.account).toEqual({email: 'new@example.com', plan: 'pro', signedIn: true});
    expect(state.models).toEqual(['fresh-model']);
    expect(state.stale).toBe(false);
    await expectEnginesAgree(dir);
  });

  it('a write transaction holding the lock: the last committed values are read', async () => {
    const dir = await fixture({'cursorAuth/cachedEmail': 'committed@example.com'});
    const session = new SqliteSession(dir.dbPath);
    sessions.push(session);
    await session.exec(
      "BEGIN EXCLUSIVE; INSERT INTO ItemTable VALUES('cursorAuth/cachedEmail', 'pending@example.com');",
    );
    const state = await inspect(dir.userDir);
    expect(state.account?.email).toBe('committed@example.com');
    await expectEnginesAgree(dir);
  });

  it('a writer part-way through changing the file: busy, then unknown at the timeout', async () => {
    const dir = await fixture({'cursorAuth/cachedEmail': 'x@example.com'});
    const session = new SqliteSession(dir.dbPath);
    sessions.push(session);
    // A tiny cache makes SQLite spill the change into the file before commit (a hot journal).
    await session.exec(
      [
        'PRAGMA cache_size=2;',
        'BEGIN EXCLUSIVE;',
        "INSERT INTO ItemTable SELECT 'k' || value, randomblob(3000) FROM generate_series(1, 200);",
      ].join('\n'),
    );
    // No second engine here: SQLite would roll the hot journal back first, which needs the
    // write lock the writer holds; a reader that never locks waits, then says unknown.
    const state = await inspect(dir.userDir, 200);
    expect(state.found).toBe(true);
    expect(state.failure).toBe('busy');
    expect(editorJson(state).byok?.openai.field).toBe('unknown');
  });

  it('a -wal that exists but cannot be read: the values are marked stale', async () => {
    const dir = await fixture({'cursorAuth/cachedEmail': 'v@example.com'}, {wal: true});
    await mkdir(`${dir.dbPath}-wal`);
    const state = await inspect(dir.userDir);
    expect(state.account?.email).toBe('v@example.com');
    expect(state.stale).toBe(true);
    expect(editorJson(state).stale).toBe(true);
  });

  it('a -wal with no valid header is an empty log, as SQLite reads it', async () => {
    const dir = await fixture({'cursorAuth/cachedEmail': 'y@example.com'}, {wal: true});
    await writeFile(`${dir.dbPath}-wal`, Buffer.alloc(64));
    expect((await inspect(dir.userDir)).stale).toBe(false);
  });
});

describe('read-only', () => {
  async function snapshot(folder: string) {
    const names = (await readdir(folder)).sort();
    const files = await Promise.all(
      names.map(async (name) => {
        const path = join(folder, name);
        const info = await stat(path);
        const hash = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
        return {name, hash, mtimeMs: info.mtimeMs, size: info.size};
      }),
    );
    return files;
  }

  it('a closed WAL database: nothing is written, no -wal or -shm appears', async () => {
    const dir = await fixture(proWithEncryptedKey().items, {wal: true});
    const folder = join(dir.userDir, 'globalStorage');
    const before = await snapshot(folder);
    expect(before.map((f) => f.name)).toEqual(['state.vscdb']);
    await inspect(dir.userDir);
    await inspect(dir.userDir);
    expect(await snapshot(folder)).toEqual(before);
  });

  it('a live WAL database: the database, its -wal and -shm keep their bytes and times', async () => {
    const dir = await editorDir();
    sessions.push(
      await openLiveWalDb(dir.dbPath, proWithEncryptedKey().items, {
        'cursorAuth/cachedEmail': 'z@example.com',
      }),
    );
    const folder = join(dir.userDir, 'globalStorage');
    const before = await snapshot(folder);
    expect(before.map((f) => f.name)).toEqual([
      'state.vscdb',
      'state.vscdb-shm',
      'state.vscdb-wal',
    ]);
    expect((await inspect(dir.userDir)).account?.email).toBe('z@example.com');
    expect(await snapshot(folder)).toEqual(before);
  });

  it('a rollback-journal database under a writer: nothing changes', async () => {
    const dir = await fixture({'cursorAuth/cachedEmail': 'w@example.com'});
    const session = new SqliteSession(dir.dbPath);
    sessions.push(session);
    await session.exec("BEGIN EXCLUSIVE; INSERT INTO ItemTable VALUES('a', 'b');");
    const folder = join(dir.userDir, 'globalStorage');
    const before = await snapshot(folder);
    await inspect(dir.userDir);
    expect(await snapshot(folder)).toEqual(before);
  });
});

it('fixtures use the editor’s own table layout', () => {
  expect(ITEM_TABLE_SQL).toContain('ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)');
});

it('SQLite itself is the second engine wherever Node has it (22 and later)', () => {
  const major = Number(process.versions.node.split('.')[0]);
  expect(nodeSqlite !== null).toBe(major >= 22);
});
