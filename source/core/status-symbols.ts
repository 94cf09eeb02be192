// Every status as a symbol and a word. Both always appear together: colour alone does not
// survive video compression over screen share, and a word survives a plain-text report.
import type {Status} from './vocabulary.js';

export type DisplayStatus = Status | 'pending' | 'running';

export const STATUS_SYMBOLS: Record<DisplayStatus, {symbol: string; word: string}> = {
  pass: {symbol: '✓', word: 'pass'},
  fail: {symbol: '✗', word: 'fail'},
  warn: {symbol: '!', word: 'warn'},
  skip: {symbol: '↷', word: 'skip'},
  manual: {symbol: '☐', word: 'manual'},
  unknown: {symbol: '?', word: 'unknown'},
  pending: {symbol: '·', word: 'pending'},
  running: {symbol: '▶', word: 'running'},
};

/** "✓ pass", for plain-text output. */
export function statusLabel(status: DisplayStatus): string {
  const look = STATUS_SYMBOLS[status];
  return `${look.symbol} ${look.word}`;
}
