// Reads chosen rows of one key/value table from a SQLite database that another process (Cursor)
// may have open and be writing, without ever writing, locking or creating a file.
//
// Why a reader of the file format and not an SQLite library: the product runs on Node 20, which
// has no node:sqlite, and ships no runtime dependency. Even where node:sqlite exists, a read-only
// open of a WAL database creates `-wal` and `-shm` beside it (or writes into a live `-shm`);
// `immutable=1` avoids that but ignores the `-wal`, where Cursor's newest values live; and reading
// a copy would put the editor's stored keys into a temporary file. Plain reads of the documented
// format avoid all three, behave the same on every Node version, and cost a few hundred lines.
//
// Consistency with a live writer: the log is read first, then the pages; if the database, its log
// or a rollback journal changed meanwhile, the read starts again, until the deadline.
import {constants} from 'node:fs';
import {type FileHandle, open, stat} from 'node:fs/promises';
import {
  CorruptDatabase,
  type DatabaseHeader,
  HEADER_SIZE,
  interiorChild,
  PAGE_LEAF_TABLE,
  parseHeader,
  parseLeafCell,
  parseTablePage,
  recordColumn,
  recordLayout,
  type SqlValue,
} from './format.js';
import {indexWal, type WalIndex} from './wal.js';
import type {Clock} from '../../core/runner.js';

export type TableReadFailure = 'missing' | 'not-sqlite' | 'corrupt' | 'busy' | 'no-table' | 'io';

export type TableRead =
  | {
      ok: true;
      rows: Map<string, SqlValue>;
      /** True when a `-wal` exists but could not be used: the values may be older than Cursor's. */
      stale: boolean;
      walFrames: number;
      /** Newest modification time of the database and its log. */
      modifiedMs: number;
    }
  | {ok: false; failure: TableReadFailure; stale: boolean};

export interface TableReadOptions {
  /** Epoch milliseconds after which a busy database counts as locked. */
  deadline: number;
  signal?: AbortSignal;
  clock: Clock;
}

/** A log larger than this is not read into memory; the values are then reported as stale. */
const MAX_WAL_BYTES = 64 * 1024 * 1024;
/** Pages one scan may visit; the editor's table is a few hundred pages at most. */
const MAX_PAGES_VISITED = 200_000;
const RETRY_MS = 25;
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

class Busy extends Error {}

/**
 * Opens `file` for reading only if it is a regular file, else null. Non-blocking, because a named
 * pipe blocks its reader in open(2) until a writer comes; a pipe or a device (/dev/zero never
 * ends) is not a database, a log or a journal.
 */
async function openRegular(file: string): Promise<FileHandle | null> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  if ((await handle.stat()).isFile()) return handle;
  await handle.close();
  return null;
}

interface Stamp {
  db: string;
  wal: string;
}

async function stampOf(path: string): Promise<Stamp | null> {
  const describe = async (file: string) => {
    const info = await stat(file).catch(() => null);
    return info ? `${info.size}:${info.mtimeMs}:${info.ino}` : '-';
  };
  const db = await describe(path);
  if (db === '-') return null;
  return {db, wal: await describe(`${path}-wal`)};
}

/** A rollback journal with a live header means a writer is part-way through changing the file. */
async function hasHotJournal(path: string): Promise<boolean> {
  const handle = await openRegular(`${path}-journal`).catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(8);
    const {bytesRead} = await handle.read(head, 0, 8, 0);
    return bytesRead === 8 && head.equals(JOURNAL_MAGIC);
  } finally {
    await handle.close();
  }
}

async function readWal(path: string): Promise<{wal: Buffer | null; stale: boolean}> {
  const info = await stat(`${path}-wal`).catch(() => null);
  if (!info) return {wal: null, stale: false};
  const handle = await openRegular(`${path}-wal`).catch(() => null);
  if (!handle) return {wal: null, stale: true};
  try {
    if ((await handle.stat()).size > MAX_WAL_BYTES) return {wal: null, stale: true};
    const wal = await handle.readFile().catch(() => null);
    return {wal, stale: wal === null};
  } finally {
    await handle.close();
  }
}

function check(options: TableReadOptions): void {
  if (options.signal?.aborted) throw new Busy('cancelled');
  if (options.clock.now() > options.deadline) throw new Busy('timed out');
}

class Snapshot {
  private visited = 0;
  constructor(
    private readonly handle: Awaited<ReturnType<typeof open>>,
    private readonly wal: Buffer | null,
    private readonly walIndex: WalIndex,
    readonly header: DatabaseHeader,
    private readonly pageCount: number,
    private readonly options: TableReadOptions,
  ) {}

  get walFrames(): number {
    return this.walIndex.frames;
  }

  async page(n: number): Promise<Buffer> {
    check(this.options);
    if (++this.visited > MAX_PAGES_VISITED) throw new CorruptDatabase('too many pages');
    if (!Number.isInteger(n) || n < 1 || n > this.pageCount) {
      throw new CorruptDatabase(`page ${n} outside the database`);
    }
    const size = this.header.pageSize;
    const inWal = this.walIndex.pages.get(n);
    if (inWal !== undefined && this.wal) return this.wal.subarray(inWal, inWal + size);
    const page = Buffer.alloc(size);
    const {bytesRead} = await this.handle.read(page, 0, size, (n - 1) * size);
    if (bytesRead !== size) throw new CorruptDatabase(`page ${n} is cut short`);
    return page;
  }

  /** Every row of a table b-tree, in order, as its payload (overflow pages joined). */
  async *rows(root: number): AsyncGenerator<{local: Uint8Array; full: () => Promise<Uint8Array>}> {
    const usable = this.header.usableSize;
    const seen = new Set<number>();
    const stack = [root];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (seen.has(n)) throw new CorruptDatabase('b-tree loops');
      seen.add(n);
      const page = await this.page(n);
      const parsed = parseTablePage(page, n === 1 ? HEADER_SIZE : 0, usable);
      if (parsed.type === PAGE_LEAF_TABLE) {
        for (const offset of parsed.cells) {
          const cell = parseLeafCell(page, offset, usable);
          yield {local: cell.local, full: () => this.payload(cell)};
        }
      } else {
        // Pushed right to left so that rows come out in key order.
        stack.push(parsed.rightChild);
        for (let i = parsed.cells.length - 1; i >= 0; i--) {
          stack.push(interiorChild(page, parsed.cells[i]!));
        }
      }
    }
  }

  private async payload(cell: ReturnType<typeof parseLeafCell>): Promise<Uint8Array> {
    if (cell.overflowPage === 0) return cell.local;
    const usable = this.header.usableSize;
    const parts: Uint8Array[] = [cell.local];
    let have = cell.local.length;
    let next = cell.overflowPage;
    const seen = new Set<number>();
    while (have < cell.payloadSize) {
      if (next === 0 || seen.has(next)) throw new CorruptDatabase('overflow chain broken');
      seen.add(next);
      const page = await this.page(next);
      const take = Math.min(usable - 4, cell.payloadSize - have);
      parts.push(page.subarray(4, 4 + take));
      have += take;
      next = page.readUInt32BE(0);
    }
    return Buffer.concat(parts);
  }
}

/** A row's first columns, reading overflow pages only when the local part is not enough. */
async function columns(
  row: {local: Uint8Array; full: () => Promise<Uint8Array>},
  wanted: readonly number[],
  encoding: DatabaseHeader['encoding'],
): Promise<SqlValue[]> {
  let payload = row.local;
  for (let attempt = 0; attempt < 2; attempt++) {
    const layout = recordLayout(payload);
    const values = wanted.map((column) => recordColumn(payload, layout, column, encoding));
    if (values.every((value) => value !== undefined)) return values as SqlValue[];
    payload = await row.full();
  }
  throw new CorruptDatabase('record longer than its payload');
}

async function openSnapshot(
  path: string,
  options: TableReadOptions,
): Promise<{snapshot: Snapshot; stale: boolean; close: () => Promise<void>}> {
  const {wal, stale: walUnreadable} = await readWal(path);
  const handle = await openRegular(path);
  if (!handle) throw new CorruptDatabase('not SQLite');
  try {
    const info = await handle.stat();
    const head = Buffer.alloc(HEADER_SIZE);
    const {bytesRead} = await handle.read(head, 0, HEADER_SIZE, 0);
    let walIndex = wal ? indexWal(wal) : indexWal(Buffer.alloc(0));
    let stale = walUnreadable;
    // A database created and never checkpointed has an empty file and everything in its log.
    const firstPage = walIndex.pages.get(1);
    const headerBytes =
      firstPage !== undefined && wal ? wal.subarray(firstPage, firstPage + HEADER_SIZE) : head;
    if (bytesRead === 0 && firstPage === undefined) throw new CorruptDatabase('not SQLite');
    const header = parseHeader(headerBytes);
    if (walIndex.frames > 0 && walIndex.pageSize !== header.pageSize) {
      walIndex = indexWal(Buffer.alloc(0));
      stale = true;
    }
    const pageCount =
      walIndex.pageCount ?? header.pageCount ?? Math.floor(info.size / header.pageSize);
    const snapshot = new Snapshot(handle, wal, walIndex, header, pageCount, options);
    return {snapshot, stale, close: () => handle.close()};
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readOnce(
  path: string,
  table: string,
  keys: ReadonlySet<string>,
  options: TableReadOptions,
): Promise<TableRead> {
  const before = await stampOf(path);
  if (!before) return {ok: false, failure: 'missing', stale: false};
  if (await hasHotJournal(path)) throw new Busy('a writer holds the database');
  const {snapshot, stale, close} = await openSnapshot(path, options);
  const rows = new Map<string, SqlValue>();
  const walFrames = snapshot.walFrames;
  try {
    let root: number | null = null;
    for await (const row of snapshot.rows(1)) {
      const [type, name, rootPage] = await columns(row, [0, 1, 3], snapshot.header.encoding);
      if (
        type === 'table' &&
        typeof name === 'string' &&
        name.toLowerCase() === table.toLowerCase()
      ) {
        root = typeof rootPage === 'number' ? rootPage : null;
        break;
      }
    }
    if (root === null) return {ok: false, failure: 'no-table', stale};
    for await (const row of snapshot.rows(root)) {
      const [key] = await columns(row, [0], snapshot.header.encoding);
      if (typeof key !== 'string' || !keys.has(key)) continue;
      const [, value] = await columns(row, [0, 1], snapshot.header.encoding);
      rows.set(key, value ?? null);
    }
  } finally {
    await close();
  }
  const after = await stampOf(path);
  if (!after || after.db !== before.db || after.wal !== before.wal || (await hasHotJournal(path))) {
    throw new Busy('the database changed while it was read');
  }
  const modifiedMs = Math.max(
    ...[before.db, before.wal].map((s) => (s === '-' ? 0 : Number(s.split(':')[1]))),
  );
  return {ok: true, rows, stale, walFrames, modifiedMs};
}

/**
 * The rows of `table` whose first column is one of `keys`, mapped to their second column. Never
 * throws: a missing, foreign, corrupt or persistently busy file is a failure value.
 */
export async function readKeyValueRows(
  path: string,
  table: string,
  keys: readonly string[],
  options: TableReadOptions,
): Promise<TableRead> {
  const wanted = new Set(keys);
  for (;;) {
    try {
      return await readOnce(path, table, wanted, options);
    } catch (error) {
      if (error instanceof CorruptDatabase) {
        return {
          ok: false,
          failure: error.message === 'not SQLite' ? 'not-sqlite' : 'corrupt',
          stale: false,
        };
      }
      if (!(error instanceof Busy)) {
        const code = (error as NodeJS.ErrnoException)?.code;
        return {ok: false, failure: code === 'ENOENT' ? 'missing' : 'io', stale: false};
      }
      if (options.signal?.aborted || options.clock.now() + RETRY_MS > options.deadline) {
        return {ok: false, failure: 'busy', stale: false};
      }
      await options.clock.sleep(RETRY_MS, options.signal);
    }
  }
}
