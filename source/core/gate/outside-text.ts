// The one gate for text that comes from outside the process: provider bodies and headers, CLI
// output, API fields, model ids, a person's paste. Whatever it returns is safe to draw on a
// terminal, put in JSON, or write into a report: no control characters, no escape sequences, no
// bidi controls, no secret, and at most 300 characters per field.
//
// Every step is linear in the input: a hostile megabyte must not freeze the wizard.
import {type HeldSecrets, scrub, scrubberOf} from '../secrets.js';

/** The longest a single outside field may be once gated, the `…` included. */
export const FIELD_LIMIT = 300;

// Escape sequences as terminals parse them (ECMA-48), in their 7-bit and 8-bit forms. The string
// types (OSC, DCS, SOS, PM, APC) run to ST or BEL; an unterminated one runs to the end, as a
// terminal would swallow it.
const STRING_SEQUENCE =
  /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g;
const CONTROL_SEQUENCE = /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?/g;
const OTHER_ESCAPE = /\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
/** Bidi embeddings, overrides, isolates and marks: they reorder what a person reads. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Controls written out as escapes (`\\u001b`, `\\x1b`, `\\033`): inert as text, but alive again
 * in whatever decodes them later (a JSON parse of a cut line, a log viewer). They are decoded
 * first, so a sequence written that way is removed with its payload like a real one.
 */
const ESCAPED_CONTROL =
  /\\(?:u00[01][0-9a-fA-F]|u007[fF]|u00[89][0-9a-fA-F]|u061[cC]|u200[eEfF]|u202[a-eA-E]|u206[6-9]|x1[bB]|x[89][0-9a-fA-F]|033)/g;
const LINE_BREAKS = /\r\n|[\r\u2028\u2029\x0b\x0c\x85]/g;
const CONTROLS_IN_BLOCK = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;
const CONTROLS_IN_FIELD = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;

function decodeEscape(escape: string): string {
  if (escape === '\\033') return '\x1b';
  return String.fromCharCode(parseInt(escape.slice(2), 16));
}

/**
 * Removes every escape sequence, every C0 and C1 control and every bidi control. A block keeps
 * its newlines and tabs (carriage returns become newlines); a field turns them into spaces.
 */
export function sanitizeText(text: string, shape: 'field' | 'block' = 'field'): string {
  const stripped = text
    .replace(ESCAPED_CONTROL, decodeEscape)
    .replace(STRING_SEQUENCE, '')
    .replace(CONTROL_SEQUENCE, '')
    .replace(OTHER_ESCAPE, '')
    .replace(BIDI, '');
  if (shape === 'block') return stripped.replace(LINE_BREAKS, '\n').replace(CONTROLS_IN_BLOCK, '');
  return stripped
    .replace(/[\t\n]|\r\n|[\r\u2028\u2029\x0b\x0c\x85]/g, ' ')
    .replace(CONTROLS_IN_FIELD, '');
}

/** Cuts to at most `limit` characters, the last being `…`, never splitting a surrogate pair. */
export function cutField(text: string, limit = FIELD_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Only this much of a field is scrubbed: far more than the 300 characters it is cut to, so a
 * secret that starts within those is seen whole. The window ends between two tokens, so no key
 * is ever cut in two by it.
 */
const SCRUB_WINDOW = 16_384;
const TOKEN_BREAK = /[\s"'`<>()[\]{},;|]/;

function scrubWindow(text: string): string {
  if (text.length <= SCRUB_WINDOW) return text;
  for (let index = SCRUB_WINDOW; index > SCRUB_WINDOW / 2; index -= 1) {
    if (TOKEN_BREAK.test(text[index]!)) return text.slice(0, index);
  }
  // One unbroken token of this size is no key this tool knows; keep none of its tail.
  return text.slice(0, SCRUB_WINDOW / 2);
}

/** One outside field, gated: sanitised, scrubbed, cut to 300 characters. */
export function gateField(
  text: string,
  secrets: HeldSecrets = [],
  /** `line`: one line of a block, which keeps its tabs. */
  shape: 'field' | 'line' = 'field',
): string {
  const window = scrubWindow(text);
  const truncated = window.length < text.length;
  const clean = scrub(sanitizeText(window, shape === 'line' ? 'block' : 'field'), secrets);
  return truncated && clean.length < FIELD_LIMIT ? `${clean}…` : cutField(clean);
}

/** How many lines of a block are kept; a flood of lines says nothing more than its start. */
const BLOCK_LINES = 2_000;

/** A block of outside lines (CLI output, a paste): each line is a gated field. */
export function gateBlock(text: string, held: HeldSecrets = []): string {
  const secrets = scrubberOf(held);
  const lines = text.split(/\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]/);
  // A line of JSON (CLI `--format json`) keeps its structure, every string in it gated; it is
  // parsed before anything is removed, so an escaped sequence goes with its payload.
  const kept = lines
    .slice(0, BLOCK_LINES)
    .map((line) => gateJson(line, secrets) ?? gateField(line, secrets, 'line'));
  if (lines.length > BLOCK_LINES) kept.push('…');
  return kept.join('\n');
}

/**
 * A JSON body with every string in it (keys included) gated as a field, so a parser downstream
 * reads the same structure without a hostile character in it. Null when `text` is not JSON.
 */
export function gateJson(text: string, held: HeldSecrets = []): string | null {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  try {
    return JSON.stringify(gateValue(parsed, scrubberOf(held)));
  } catch {
    // Nested deeper than the stack allows: read as plain text instead.
    return null;
  }
}

function gateValue(value: unknown, secrets: HeldSecrets): unknown {
  if (typeof value === 'string') return gateField(value, secrets);
  if (Array.isArray(value)) return value.map((item) => gateValue(item, secrets));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      out[gateField(key, secrets)] = gateValue(item, secrets);
    return out;
  }
  return value;
}

/** A body of unknown kind: JSON keeps its structure, anything else is a block. */
export function gateBody(text: string, held: HeldSecrets = []): string {
  const secrets = scrubberOf(held);
  return gateJson(text, secrets) ?? gateBlock(text, secrets);
}
