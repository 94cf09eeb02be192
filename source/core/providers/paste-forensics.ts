// Finds what a paste added to or took from a key, and draws it as a map of symbols that never
// contains a key character beyond the public prefix. Cleaning reaches a fixed point, so cleaning
// a cleaned key changes nothing.
import {detectKeyFormat, publicPrefix} from './key-format.js';

export type PasteFindingId =
  | 'leading-whitespace'
  | 'trailing-whitespace'
  | 'line-break'
  | 'tab'
  | 'inner-whitespace'
  | 'zero-width'
  | 'non-breaking-space'
  | 'quotes'
  | 'bearer-prefix'
  | 'name-prefix'
  | 'doubled'
  | 'truncated'
  | 'too-long'
  | 'empty';

export interface PasteFinding {
  id: PasteFindingId;
  message: string;
}

export interface PasteReport {
  findings: PasteFinding[];
  /** The key with every paste artefact removed; equal to the input when the paste was clean. */
  cleaned: string;
  /** e.g. `⎵ sk-proj-… ⏎`: symbols for what surrounds the key, never its characters. */
  map: string;
}

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/;
const NBSP = /[\u00A0\u2007\u202F]/;
const QUOTE = /["'`\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201A]/;
const SPACE = /[\s\u0085]/;
const BEARER = /^(?:authorization\s*:\s*)?bearer\s+/i;
// Upper case with an underscore, so the base64 body of a key ending in `=` is never taken for a name.
const NAME_PREFIX = /^(?:export\s+|set\s+)?([A-Z][A-Z0-9]*_[A-Z0-9_]*)\s*[=:]\s*/;

function isJunk(char: string): boolean {
  return SPACE.test(char) || ZERO_WIDTH.test(char) || NBSP.test(char);
}

function symbolFor(char: string): string {
  if (char === ' ') return '⎵';
  if (char === '\t') return '⇥';
  if (char === '\n') return '⏎';
  if (char === '\r') return '␍';
  if (ZERO_WIDTH.test(char)) return '[zero-width]';
  if (NBSP.test(char)) return '[nbsp]';
  if (QUOTE.test(char)) return char;
  return '[space]';
}

function stripEdgeQuotes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && QUOTE.test(text[start]!)) start++;
  while (end > start && QUOTE.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

function undouble(text: string): string {
  if (text.length >= 32 && text.length % 2 === 0) {
    const half = text.slice(0, text.length / 2);
    if (half + half === text) return half;
  }
  return text;
}

function trimJunk(text: string): string {
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (start < end && isJunk(chars[start]!)) start++;
  while (end > start && isJunk(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('');
}

/** One repair at a time, outermost first, so a separator is never removed before it is read. */
function cleanOnce(text: string): string {
  const trimmed = stripEdgeQuotes(trimJunk(text));
  if (trimmed !== text) return trimmed;
  const named = text.replace(NAME_PREFIX, '');
  if (named !== text) return named;
  const bearer = text.replace(BEARER, '');
  if (bearer !== text) return bearer;
  const solid = [...text].filter((char) => !isJunk(char)).join('');
  if (solid !== text) return solid;
  return undouble(text);
}

/** Removes every paste artefact; idempotent. */
export function cleanKey(raw: string): string {
  let current = raw;
  for (;;) {
    const next = cleanOnce(current);
    // Every change shortens the text, so this ends.
    if (next === current) return current;
    current = next;
  }
}

/** Records what a junk character is; `plain` names ordinary whitespace by where it stood. */
function noteJunk(found: Set<PasteFindingId>, char: string, plain: PasteFindingId): void {
  found.add(ZERO_WIDTH.test(char) ? 'zero-width' : NBSP.test(char) ? 'non-breaking-space' : plain);
  if (char === '\n' || char === '\r') found.add('line-break');
  if (char === '\t') found.add('tab');
}

function mapAndFindings(raw: string, cleaned: string): {map: string; found: Set<PasteFindingId>} {
  const found = new Set<PasteFindingId>();
  const parts: string[] = [];
  let rest = raw;

  // Leading artefacts, in the order they appear.
  for (;;) {
    const first = rest[0];
    if (first === undefined) break;
    if (isJunk(first)) {
      parts.push(symbolFor(first));
      noteJunk(found, first, 'leading-whitespace');
      rest = rest.slice(1);
      continue;
    }
    if (QUOTE.test(first)) {
      parts.push(first);
      found.add('quotes');
      rest = rest.slice(1);
      continue;
    }
    const name = NAME_PREFIX.exec(rest);
    if (name) {
      parts.push(`${name[1]}=`);
      found.add('name-prefix');
      rest = rest.slice(name[0].length);
      continue;
    }
    const bearer = BEARER.exec(rest);
    if (bearer && rest.length > bearer[0].length) {
      parts.push('Bearer⎵');
      found.add('bearer-prefix');
      rest = rest.slice(bearer[0].length);
      continue;
    }
    break;
  }

  // Trailing artefacts, collected from the end and shown in reading order.
  const tail: string[] = [];
  for (;;) {
    const last = rest.at(-1);
    if (last === undefined) break;
    if (isJunk(last) || QUOTE.test(last)) {
      tail.unshift(symbolFor(last));
      if (QUOTE.test(last)) found.add('quotes');
      else noteJunk(found, last, 'trailing-whitespace');
      rest = rest.slice(0, -1);
      continue;
    }
    break;
  }

  // The middle: runs of key characters collapse to their public prefix and an ellipsis.
  let run = '';
  const flush = () => {
    if (run) parts.push(`${publicPrefix(run)}…`);
    run = '';
  };
  for (const char of rest) {
    if (isJunk(char)) {
      flush();
      parts.push(symbolFor(char));
      noteJunk(found, char, 'inner-whitespace');
    } else {
      run += char;
    }
  }
  flush();

  const withoutJunk = [...rest].filter((char) => !isJunk(char)).join('');
  if (
    cleaned.length > 0 &&
    withoutJunk.length >= cleaned.length * 2 &&
    withoutJunk.includes(cleaned + cleaned)
  ) {
    found.add('doubled');
  }
  const map = [...parts, ...tail].join(' ') + (found.has('doubled') ? ' (×2)' : '');
  return {map, found};
}

const MESSAGES: Record<PasteFindingId, string> = {
  'leading-whitespace': 'whitespace before the key',
  'trailing-whitespace': 'whitespace after the key',
  'line-break': 'a line break (CR/LF) came with the paste',
  tab: 'a tab came with the paste',
  'inner-whitespace': 'whitespace inside the key (a wrapped line?)',
  'zero-width': 'an invisible zero-width character',
  'non-breaking-space': 'a non-breaking space',
  quotes: 'quotes around the key',
  'bearer-prefix': 'a "Bearer " prefix (Cursor adds that itself)',
  'name-prefix': 'a NAME= or export NAME= prefix (copied from a .env line)',
  doubled: 'the key was pasted twice',
  truncated: 'the key is shorter than its format: it was cut off while copying',
  'too-long': 'the key is longer than its format: extra characters came with it',
  empty: 'nothing but whitespace was pasted',
};

export function analysePaste(raw: string): PasteReport {
  const cleaned = cleanKey(raw);
  const {map, found} = mapAndFindings(raw, cleaned);
  if (cleaned.length === 0) found.add('empty');
  const format = detectKeyFormat(cleaned);
  const length = [...cleaned].length;
  if (format.kind !== 'unknown' && !format.exact) {
    if (length < format.minLength) found.add('truncated');
    else if (length > format.maxLength) found.add('too-long');
  }
  const order = Object.keys(MESSAGES) as PasteFindingId[];
  const findings = order.filter((id) => found.has(id)).map((id) => ({id, message: MESSAGES[id]}));
  return {findings, cleaned, map: map || '(empty)'};
}
