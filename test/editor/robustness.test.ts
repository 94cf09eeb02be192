// The reader never crashes and never hangs on a damaged file: random byte damage anywhere in a
// real database or its -wal gives either rows or "unreadable", within the deadline. Plus the
// pure parts: where the state file is looked for, and masks that tell two accounts apart.
import fc from 'fast-check';
import {spawnSync} from 'node:child_process';
import {constants} from 'node:fs';
import {open, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {maskApart} from '../../source/core/editor/accounts.js';
import {ALL_ITEM_KEYS, KEY_ITEMS} from '../../source/core/editor/items.js';
import {editorStateFiles} from '../../source/core/editor/locate.js';
import {editorStateFrom} from '../../source/core/editor/state.js';
import {readEditorStore} from '../../source/probes/editor-store.js';
import {
  type EditorDir,
  makeEditorDir,
  openLiveWalDb,
  requireSqliteShell,
  type SqliteSession,
} from '../helpers/editor-db.js';
import {proWithEncryptedKey, reactive} from './fixtures.js';
import {systemClock} from '../../source/probes/clock.js';

let source: EditorDir;
let scratch: EditorDir;
let session: SqliteSession;
let database: Buffer;
let wal: Buffer;

beforeAll(async () => {
  requireSqliteShell();
  source = await makeEditorDir();
  scratch = await makeEditorDir();
  const filler: Record<string, string> = {};
  for (let i = 0; i < 60; i++) filler[`filler/${i}`] = 'z'.repeat(i * 40);
  session = await openLiveWalDb(
    source.dbPath,
    {...filler, ...proWithEncryptedKey().items},
    {
      'cursorAuth/cachedEmail': 'newer@example.com',
      ...reactive({aiSettings: {userAddedModels: Array.from({length: 300}, (_, i) => `m-${i}`)}}),
    },
  );
  database = await readFile(source.dbPath);
  wal = await readFile(`${source.dbPath}-wal`);
});

afterAll(async () => {
  await session?.close();
  await source?.cleanup();
  await scratch?.cleanup();
});

const damage = (size: number) =>
  fc.array(fc.record({at: fc.nat({max: size - 1}), byte: fc.integer({min: 0, max: 255})}), {
    minLength: 1,
    maxLength: 8,
  });

function damaged(bytes: Buffer, hits: {at: number; byte: number}[]): Buffer {
  const copy = Buffer.from(bytes);
  for (const {at, byte} of hits) copy[at] = byte;
  return copy;
}

describe('damage never crashes or hangs the reader', () => {
  it('in the database file or its -wal, or cut short', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('database', 'wal', 'cut'),
        damage(Math.min(database.length, wal.length)),
        async (where, hits) => {
          const db = where === 'database' ? damaged(database, hits) : database;
          const log = where === 'wal' ? damaged(wal, hits) : wal;
          await writeFile(scratch.dbPath, where === 'cut' ? db.subarray(0, hits[0]!.at) : db);
          await writeFile(`${scratch.dbPath}-wal`, log);
          const result = await readEditorStore(
            {
              files: [scratch.dbPath],
              keys: ALL_ITEM_KEYS,
              timeoutMs: 2_000,
            },
            systemClock,
          );
          expect(['read', 'unreadable']).toContain(result.kind);
          // Whatever came out, the inspector turns it into a state without throwing.
          editorStateFrom(result);
        },
      ),
      {numRuns: 150},
    );
  });
});

describe('where the state file is looked for', () => {
  it('CURSORKEY_CURSOR_USER_DIR alone, when set', () => {
    expect(editorStateFiles({CURSORKEY_CURSOR_USER_DIR: '/x/User', HOME: '/h'}, 'linux')).toEqual([
      '/x/User/globalStorage/state.vscdb',
    ]);
  });

  it('per OS, with the lowercase folder some installs use', () => {
    expect(editorStateFiles({HOME: '/Users/a'}, 'darwin')).toEqual([
      '/Users/a/Library/Application Support/Cursor/User/globalStorage/state.vscdb',
      '/Users/a/Library/Application Support/cursor/User/globalStorage/state.vscdb',
    ]);
    expect(editorStateFiles({HOME: '/home/a', XDG_CONFIG_HOME: '/cfg'}, 'linux')).toEqual([
      '/cfg/Cursor/User/globalStorage/state.vscdb',
      '/cfg/cursor/User/globalStorage/state.vscdb',
      '/home/a/.config/Cursor/User/globalStorage/state.vscdb',
      '/home/a/.config/cursor/User/globalStorage/state.vscdb',
    ]);
    expect(
      editorStateFiles(
        {APPDATA: 'C:\\Users\\a\\AppData\\Roaming', USERPROFILE: 'C:\\Users\\a'},
        'win32',
      )[0],
    ).toBe('C:\\Users\\a\\AppData\\Roaming\\Cursor\\User\\globalStorage\\state.vscdb');
    expect(editorStateFiles({}, 'linux')).toEqual([]);
  });
});

describe('masks that tell two accounts apart', () => {
  it.each([
    ['alice@example.com', 'bob@example.com', ['a…@example.com', 'b…@example.com']],
    ['alice@example.com', 'anna@example.com', ['al…@example.com', 'an…@example.com']],
    [
      'ann@example.com',
      'anna@example.com',
      ['an…@example.com (3 chars before @)', 'an…@example.com (4 chars before @)'],
    ],
    // Same length, the same but for the last character: only that character tells them apart.
    ['bob1@corp.example', 'bob2@corp.example', ['b…1@corp.example', 'b…2@corp.example']],
    ['ab@example.com', 'ac@example.com', ['a…b@example.com', 'a…c@example.com']],
  ])('%s / %s', (a, b, expected) => {
    const [x, y] = maskApart(a, b);
    expect(x).not.toBe(y);
    expect([x, y]).toEqual(expected);
    for (const mask of [x, y]) expect(mask).not.toMatch(/ann@|anna@|alice@|bob\d@/);
  });
});

describe('a state file, -wal or -journal that is not a regular file', () => {
  // A named pipe blocks whoever opens it for reading until a writer comes, and a device such as
  // /dev/zero never ends: either would hold the inspector (and doctor) forever.
  it.each(['', '-wal', '-journal'])(
    'state.vscdb%s as a named pipe gives an answer in time',
    async (suffix) => {
      await writeFile(scratch.dbPath, database);
      await writeFile(`${scratch.dbPath}-wal`, wal);
      const pipe = `${scratch.dbPath}${suffix}`;
      await rm(pipe, {force: true});
      expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
      let watchdog: NodeJS.Timeout | undefined;
      try {
        const result = await Promise.race([
          readEditorStore(
            {files: [scratch.dbPath], keys: ALL_ITEM_KEYS, timeoutMs: 1_000},
            systemClock,
          ),
          new Promise<'hung'>((resolve) => {
            watchdog = setTimeout(() => resolve('hung'), 10_000);
          }),
        ]);
        expect(result).not.toBe('hung');
        if (result !== 'hung') expect(['read', 'unreadable']).toContain(result.kind);
      } finally {
        clearTimeout(watchdog);
        // Frees a reader still blocked in open(2), so the test process can end.
        const writer = await open(pipe, constants.O_WRONLY | constants.O_NONBLOCK).catch(
          () => null,
        );
        await writer?.close();
        await rm(pipe, {force: true});
      }
    },
    20_000,
  );

  it('a -wal that is an endless device is not read', async () => {
    await writeFile(scratch.dbPath, database);
    await rm(`${scratch.dbPath}-wal`, {force: true});
    await symlink('/dev/zero', `${scratch.dbPath}-wal`);
    try {
      const result = await readEditorStore(
        {
          files: [scratch.dbPath],
          keys: ALL_ITEM_KEYS,
          timeoutMs: 1_000,
        },
        systemClock,
      );
      expect(result.kind).toBe('read');
      if (result.kind === 'read') expect(result.stale).toBe(true);
    } finally {
      await rm(`${scratch.dbPath}-wal`, {force: true});
    }
  }, 20_000);
});

describe('a hostile value in a plain key field', () => {
  // The state file is outside text: a megabyte of repeated paste artefacts in a key field once
  // made the paste analysis repair it one prefix at a time, for minutes.
  it.each(['Bearer ', 'OPENAI_API_KEY='])(
    'a megabyte of %j is described quickly',
    (unit) => {
      const value = unit.repeat(Math.floor(1_000_000 / unit.length)) + 'sk-x';
      const state = editorStateFrom({
        kind: 'read',
        items: new Map([[KEY_ITEMS.openai.plain[0]!, value]]),
        stale: false,
        walFrames: 0,
        modifiedMs: 0,
      });
      expect(state.byok.openai).toMatchObject({field: 'set', storage: 'plain'});
      expect(state.plainKeys[0]!.length).toBe(value.length);
      expect(state.plainKeys[0]!.map.length).toBeLessThan(400);
    },
    5_000,
  );
});
