// Builds Cursor editor state databases at test time with the real sqlite3 command-line shell and
// the editor's real table layout. A session stays open when a test needs a live writer: Cursor
// running, its newest values only in the -wal, or a transaction holding the lock.
import {type ChildProcessWithoutNullStreams, spawn, spawnSync} from 'node:child_process';
import {mkdir, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export const ITEM_TABLE_SQL =
  'CREATE TABLE IF NOT EXISTS ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB);';

export const REACTIVE_KEY =
  'src.vs.platform.reactivestorage.browser.reactiveStorageServiceImpl.persistentStorage.applicationUser';

export function requireSqliteShell(): void {
  const probe = spawnSync('sqlite3', ['-version'], {encoding: 'utf8'});
  if (probe.status !== 0) {
    throw new Error(
      'the sqlite3 shell is needed to build editor fixtures (apt-get install sqlite3)',
    );
  }
}

export type ItemValue = string | Buffer | null;

function literal(value: ItemValue): string {
  if (value === null) return 'NULL';
  if (Buffer.isBuffer(value)) return `X'${value.toString('hex')}'`;
  // The shell reads SQL line by line and drops a carriage return: control characters go as hex.
  if (/[\u0000-\u001f]/.test(value)) {
    return `CAST(X'${Buffer.from(value, 'utf8').toString('hex')}' AS TEXT)`;
  }
  return `'${value.replace(/'/g, "''")}'`;
}

export function insertSql(items: Readonly<Record<string, ItemValue>>): string {
  return Object.entries(items)
    .map(([key, value]) => `INSERT INTO ItemTable VALUES(${literal(key)}, ${literal(value)});`)
    .join('\n');
}

/** The `secret://` value of an encrypted key as Electron stores it; empty means no key. */
export function encryptedValue(bytes: number[]): string {
  return JSON.stringify({type: 'Buffer', data: bytes});
}

/** An interactive sqlite3 shell kept open on one database. */
export class SqliteSession {
  private stdout = '';
  private stderr = '';
  private marker = 0;
  private waiters: (() => void)[] = [];
  private readonly child: ChildProcessWithoutNullStreams;

  constructor(path: string) {
    this.child = spawn('sqlite3', [path], {stdio: ['pipe', 'pipe', 'pipe']});
    const wake = () => this.waiters.splice(0).forEach((waiter) => waiter());
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.stdout += chunk.toString('utf8');
      wake();
    });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
      wake();
    });
    this.child.on('exit', wake);
  }

  /** Runs SQL and resolves once the shell has finished it (a printed marker proves it). */
  async exec(sql: string): Promise<void> {
    const marker = `__done_${++this.marker}__`;
    this.child.stdin.write(`${sql}\n.print ${marker}\n`);
    while (!this.stdout.includes(marker)) {
      if (this.stderr) throw new Error(`sqlite3: ${this.stderr}`);
      if (this.child.exitCode !== null) throw new Error('sqlite3 ended early');
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.stderr) throw new Error(`sqlite3: ${this.stderr}`);
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end('.quit\n');
    await exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

export interface EditorDir {
  /** The `User` folder, for CURSORKEY_CURSOR_USER_DIR. */
  userDir: string;
  /** Its globalStorage/state.vscdb. */
  dbPath: string;
  cleanup(): Promise<void>;
}

export async function makeEditorDir(): Promise<EditorDir> {
  const root = await mkdtemp(join(tmpdir(), 'ckw-editor-'));
  const userDir = join(root, 'User');
  await mkdir(join(userDir, 'globalStorage'), {recursive: true});
  return {
    userDir,
    dbPath: join(userDir, 'globalStorage', 'state.vscdb'),
    cleanup: () => rm(root, {recursive: true, force: true}),
  };
}

/** A closed database holding `items`, in rollback-journal mode unless `wal` (then checkpointed). */
export async function writeStateDb(
  path: string,
  items: Readonly<Record<string, ItemValue>>,
  {
    wal = false,
    pageSize,
    encoding,
  }: {wal?: boolean; pageSize?: number; encoding?: 'UTF-16le' | 'UTF-16be'} = {},
): Promise<void> {
  const session = new SqliteSession(path);
  try {
    await session.exec(
      [
        pageSize ? `PRAGMA page_size=${pageSize};` : '',
        encoding ? `PRAGMA encoding='${encoding}';` : '',
        wal ? 'PRAGMA journal_mode=WAL;' : '',
        ITEM_TABLE_SQL,
        'BEGIN;',
        insertSql(items),
        'COMMIT;',
      ].join('\n'),
    );
  } finally {
    await session.close();
  }
}

/**
 * A WAL database as Cursor leaves it while running: `base` checkpointed into the file, then
 * `newer` committed only to the -wal (automatic checkpoints off), with the shell still open.
 */
export async function openLiveWalDb(
  path: string,
  base: Readonly<Record<string, ItemValue>>,
  newer: Readonly<Record<string, ItemValue>>,
): Promise<SqliteSession> {
  const session = new SqliteSession(path);
  await session.exec(
    [
      'PRAGMA journal_mode=WAL;',
      'PRAGMA wal_autocheckpoint=0;',
      ITEM_TABLE_SQL,
      'BEGIN;',
      insertSql(base),
      'COMMIT;',
      'PRAGMA wal_checkpoint(TRUNCATE);',
      'BEGIN;',
      insertSql(newer),
      'COMMIT;',
    ].join('\n'),
  );
  return session;
}
