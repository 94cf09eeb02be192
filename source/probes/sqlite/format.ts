// The parts of the SQLite file format (https://www.sqlite.org/fileformat2.html) that a reader of
// one rowid table needs: the database header, varints, table b-tree pages, payload spill onto
// overflow pages, and the record format. Pure functions over bytes; any inconsistency throws
// CorruptDatabase so a damaged file can never loop or read out of bounds.

export class CorruptDatabase extends Error {}

export const SQLITE_MAGIC = 'SQLite format 3\u0000';
export const HEADER_SIZE = 100;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DatabaseHeader {
  pageSize: number;
  /** Page size minus the bytes each page reserves at its end (used by encryption extensions). */
  usableSize: number;
  encoding: TextEncodingName;
  /** Pages in the file per the header, or null when the header's count is not trustworthy. */
  pageCount: number | null;
}

export function isValidPageSize(size: number): boolean {
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0;
}

export function parseHeader(bytes: Uint8Array): DatabaseHeader {
  if (bytes.length < HEADER_SIZE) throw new CorruptDatabase('shorter than a database header');
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, HEADER_SIZE);
  if (view.toString('latin1', 0, 16) !== SQLITE_MAGIC) throw new CorruptDatabase('not SQLite');
  const raw = view.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (!isValidPageSize(pageSize)) throw new CorruptDatabase('bad page size');
  const reserved = view[20]!;
  const usableSize = pageSize - reserved;
  if (usableSize < 480) throw new CorruptDatabase('bad reserved space');
  const encodingCode = view.readUInt32BE(56);
  const encoding: TextEncodingName =
    encodingCode === 2 ? 'utf-16le' : encodingCode === 3 ? 'utf-16be' : 'utf-8';
  // The in-header size is valid only when the change counter matches version-valid-for.
  const count = view.readUInt32BE(28);
  const pageCount = count > 0 && view.readUInt32BE(24) === view.readUInt32BE(92) ? count : null;
  return {pageSize, usableSize, encoding, pageCount};
}

/** A varint at `offset`: its value (exact up to 2^53) and its length in bytes. */
export function readVarint(bytes: Uint8Array, offset: number): [value: number, length: number] {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    const byte = bytes[offset + i];
    if (byte === undefined) throw new CorruptDatabase('varint runs past the page');
    if (i === 8) return [value * 256 + byte, 9];
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, i + 1];
  }
  /* c8 ignore next */
  throw new CorruptDatabase('unreachable');
}

export const PAGE_INTERIOR_TABLE = 5;
export const PAGE_LEAF_TABLE = 13;

export interface TablePage {
  type: typeof PAGE_INTERIOR_TABLE | typeof PAGE_LEAF_TABLE;
  /** Byte offsets of the cells, in key order. */
  cells: number[];
  /** Interior pages only: the child right of every cell. */
  rightChild: number;
}

/** Reads a table b-tree page's header and cell pointers; `headerOffset` is 100 on page 1. */
export function parseTablePage(page: Uint8Array, headerOffset: number, usable: number): TablePage {
  const view = Buffer.from(page.buffer, page.byteOffset, page.length);
  const type = view[headerOffset];
  if (type !== PAGE_INTERIOR_TABLE && type !== PAGE_LEAF_TABLE) {
    throw new CorruptDatabase(`page type ${type} where a table page belongs`);
  }
  const interior = type === PAGE_INTERIOR_TABLE;
  const count = view.readUInt16BE(headerOffset + 3);
  const pointers = headerOffset + (interior ? 12 : 8);
  if (pointers + count * 2 > usable) throw new CorruptDatabase('cell pointers overflow the page');
  const cells: number[] = [];
  for (let i = 0; i < count; i++) {
    const cell = view.readUInt16BE(pointers + i * 2);
    if (cell < pointers + count * 2 || cell >= usable) throw new CorruptDatabase('bad cell offset');
    cells.push(cell);
  }
  return {type, cells, rightChild: interior ? view.readUInt32BE(headerOffset + 8) : 0};
}

export function interiorChild(page: Uint8Array, cell: number): number {
  if (cell + 4 > page.length) throw new CorruptDatabase('interior cell runs past the page');
  return Buffer.from(page.buffer, page.byteOffset, page.length).readUInt32BE(cell);
}

export interface LeafCell {
  payloadSize: number;
  /** The part of the payload stored on the leaf page itself. */
  local: Uint8Array;
  /** First overflow page, 0 when the whole payload is local. */
  overflowPage: number;
}

/** How much of a table-leaf payload stays on the page (the formula of the file format's 1.6). */
export function localPayloadSize(payloadSize: number, usable: number): number {
  const maxLocal = usable - 35;
  if (payloadSize <= maxLocal) return payloadSize;
  const minLocal = Math.floor(((usable - 12) * 32) / 255) - 23;
  const k = minLocal + ((payloadSize - minLocal) % (usable - 4));
  return k <= maxLocal ? k : minLocal;
}

export function parseLeafCell(page: Uint8Array, cell: number, usable: number): LeafCell {
  let offset = cell;
  const [payloadSize, a] = readVarint(page, offset);
  offset += a;
  const [, b] = readVarint(page, offset); // the rowid, not needed
  offset += b;
  const localSize = localPayloadSize(payloadSize, usable);
  const spills = localSize < payloadSize;
  if (offset + localSize + (spills ? 4 : 0) > usable) throw new CorruptDatabase('cell overflows');
  const local = page.subarray(offset, offset + localSize);
  const overflowPage = spills
    ? Buffer.from(page.buffer, page.byteOffset, page.length).readUInt32BE(offset + localSize)
    : 0;
  if (spills && overflowPage === 0) throw new CorruptDatabase('missing overflow page');
  return {payloadSize, local, overflowPage};
}

export type SqlValue = null | number | string | Uint8Array;

function contentSize(serialType: number): number {
  if (serialType >= 12) return Math.floor((serialType - 12) / 2);
  return [0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0][serialType] ?? 0;
}

/** The serial types of a record, and where each column's bytes start. */
export function recordLayout(payload: Uint8Array): {types: number[]; offsets: number[]} {
  const [headerSize, first] = readVarint(payload, 0);
  if (headerSize > payload.length || headerSize < first) {
    throw new CorruptDatabase('record header too long');
  }
  const types: number[] = [];
  const offsets: number[] = [];
  let cursor = first;
  let body = headerSize;
  while (cursor < headerSize) {
    const [type, length] = readVarint(payload, cursor);
    cursor += length;
    if (type === 10 || type === 11) throw new CorruptDatabase('reserved serial type');
    types.push(type);
    offsets.push(body);
    body += contentSize(type);
  }
  return {types, offsets};
}

export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === 'utf-16be') {
    const swapped = Buffer.from(bytes);
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(
    encoding === 'utf-16le' ? 'utf16le' : 'utf8',
  );
}

/**
 * One column of a record, or undefined when it lies beyond the bytes given (a payload cut at the
 * page edge): the caller then reads the overflow pages and asks again.
 */
export function recordColumn(
  payload: Uint8Array,
  layout: {types: number[]; offsets: number[]},
  column: number,
  encoding: TextEncodingName,
): SqlValue | undefined {
  const type = layout.types[column];
  if (type === undefined) return null; // a column added later: its default, NULL here
  const start = layout.offsets[column]!;
  const size = contentSize(type);
  if (start + size > payload.length) return undefined;
  const bytes = payload.subarray(start, start + size);
  if (type === 0) return null;
  if (type === 8) return 0;
  if (type === 9) return 1;
  if (type === 7) return Buffer.from(bytes).readDoubleBE(0);
  if (type <= 6) {
    let value = 0;
    for (const byte of bytes) value = value * 256 + byte;
    return (bytes[0]! & 0x80) !== 0 ? value - 256 ** size : value;
  }
  return type % 2 === 0 ? bytes : decodeText(bytes, encoding);
}
