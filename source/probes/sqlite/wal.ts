// The write-ahead log (https://www.sqlite.org/fileformat2.html#walformat): while Cursor runs,
// the newest values sit in `state.vscdb-wal` until a checkpoint copies them into the database.
// This finds the committed page versions the way SQLite's own recovery does without the -shm
// index: frames count only while their salts match the header and their running checksum holds,
// and only up to the last commit frame; a later frame of the same page wins.

const WAL_HEADER = 32;
const FRAME_HEADER = 24;
const MAGIC_LITTLE = 0x377f0682;
const MAGIC_BIG = 0x377f0683;

export interface WalIndex {
  pageSize: number;
  /** Byte offset in the WAL of the newest committed version of each page. */
  pages: Map<number, number>;
  /** Database size in pages after the last commit, or null when nothing is committed. */
  pageCount: number | null;
  /** Valid committed frames read. */
  frames: number;
}

function checksum(
  bytes: Buffer,
  start: number,
  end: number,
  bigEndian: boolean,
  seed: [number, number],
): [number, number] {
  let [s0, s1] = seed;
  for (let i = start; i < end; i += 8) {
    const x0 = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
    const x1 = bigEndian ? bytes.readUInt32BE(i + 4) : bytes.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

/** An empty index when the log has no valid header: SQLite treats such a log as empty too. */
export function indexWal(wal: Buffer): WalIndex {
  const empty: WalIndex = {pageSize: 0, pages: new Map(), pageCount: null, frames: 0};
  if (wal.length < WAL_HEADER) return empty;
  const magic = wal.readUInt32BE(0);
  if (magic !== MAGIC_LITTLE && magic !== MAGIC_BIG) return empty;
  const bigEndian = magic === MAGIC_BIG;
  const pageSize = wal.readUInt32BE(8);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return empty;
  let sum = checksum(wal, 0, 24, bigEndian, [0, 0]);
  if (sum[0] !== wal.readUInt32BE(24) || sum[1] !== wal.readUInt32BE(28)) return empty;
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);

  const committed = new Map<number, number>();
  const pending = new Map<number, number>();
  let pageCount: number | null = null;
  let frames = 0;
  let pendingFrames = 0;
  for (
    let offset = WAL_HEADER;
    offset + FRAME_HEADER + pageSize <= wal.length;
    offset += FRAME_HEADER + pageSize
  ) {
    const page = wal.readUInt32BE(offset);
    const commitSize = wal.readUInt32BE(offset + 4);
    if (page === 0) break;
    if (wal.readUInt32BE(offset + 8) !== salt1 || wal.readUInt32BE(offset + 12) !== salt2) break;
    sum = checksum(wal, offset, offset + 8, bigEndian, sum);
    sum = checksum(wal, offset + FRAME_HEADER, offset + FRAME_HEADER + pageSize, bigEndian, sum);
    if (sum[0] !== wal.readUInt32BE(offset + 16) || sum[1] !== wal.readUInt32BE(offset + 20)) {
      break;
    }
    pending.set(page, offset + FRAME_HEADER);
    pendingFrames++;
    if (commitSize !== 0) {
      for (const [n, at] of pending) committed.set(n, at);
      pending.clear();
      frames += pendingFrames;
      pendingFrames = 0;
      pageCount = commitSize;
    }
  }
  return {pageSize, pages: committed, pageCount, frames};
}
