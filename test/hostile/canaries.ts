// Canary keys of every format the tool knows, each in the variable the tool reads it from, and
// the checks that none of them, in any encoding, reached a byte the tool wrote.
import fc from 'fast-check';
import {expect} from 'vitest';
import {KEY_FORMATS} from '../classify/key-arbitraries.js';
import {PAYLOAD_MARKERS} from './payloads.js';

const one = <T>(arbitrary: fc.Arbitrary<T>): T => fc.sample(arbitrary, 1)[0]!;

export interface Canaries {
  env: Record<string, string>;
  keys: string[];
}

/** Fresh canaries: one of every format, placed where the tool reads keys from. */
export function makeCanaries(origin: string): Canaries {
  const env: Record<string, string> = {
    CURSOR_API_KEY: one(KEY_FORMATS.cursorKey),
    CURSOR_AUTH_TOKEN: one(KEY_FORMATS.jwt),
    OPENAI_API_KEY: one(KEY_FORMATS.openaiProject),
    OPENAI_ADMIN_KEY: one(KEY_FORMATS.openaiAdmin),
    ANTHROPIC_API_KEY: one(KEY_FORMATS.anthropic),
    ANTHROPIC_AUTH_TOKEN: one(KEY_FORMATS.anthropicOauth),
    GOOGLE_API_KEY: one(KEY_FORMATS.gemini),
    GEMINI_API_KEY: one(KEY_FORMATS.geminiAuthKey),
    OPENROUTER_API_KEY: one(KEY_FORMATS.openrouter),
    AZURE_OPENAI_API_KEY: one(KEY_FORMATS.azureCask),
    AWS_ACCESS_KEY_ID: one(KEY_FORMATS.awsAccessKey),
    AWS_SECRET_ACCESS_KEY: one(KEY_FORMATS.bedrockLong).slice(4, 44),
    AWS_SESSION_TOKEN: one(KEY_FORMATS.awsSts) + one(KEY_FORMATS.bedrockLong),
    AWS_BEARER_TOKEN_BEDROCK: one(KEY_FORMATS.bedrockLong),
  };
  const keys = Object.values(env);
  return {
    keys,
    env: {
      ...env,
      OPENAI_BASE_URL: `${origin}/v1`,
      ANTHROPIC_BASE_URL: origin,
      GOOGLE_GEMINI_BASE_URL: origin,
      OPENROUTER_BASE_URL: `${origin}/api/v1`,
      AZURE_OPENAI_ENDPOINT: origin,
      AZURE_OPENAI_DEPLOYMENT: 'dep',
      OPENAI_API_VERSION: '2024-10-21',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_BEDROCK: origin,
      CURSORKEY_CURSOR_API_URL: origin,
      CURSOR_API_ENDPOINT: origin,
    },
  };
}

/** Every 12-character piece of a key and of its encodings: none may be written anywhere. */
function piecesOf(key: string): string[] {
  const forms = [
    key,
    Buffer.from(key).toString('base64').slice(0, -4),
    Buffer.from(key).toString('base64url').slice(0, -4),
    encodeURIComponent(key),
  ];
  const pieces = new Set<string>();
  for (const form of forms)
    for (let at = 0; at + 12 <= form.length; at += 6) pieces.add(form.slice(at, at + 12));
  return [...pieces];
}

export function expectNoKey(where: string, text: string, keys: readonly string[]): void {
  for (const key of keys)
    for (const piece of piecesOf(key))
      if (text.includes(piece))
        expect.fail(`${where} holds 12 characters of a canary key (${key.slice(0, 4)}…)`);
}

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const C1 = /[\u0080-\u009f]/;
/** OSC, DCS, SOS, PM, APC: the sequences that set titles, write clipboards, plant links. */
const STRING_SEQUENCE = /\u001B[\]PX^_]/;

/**
 * Nothing a terminal would act on came from outside. In a terminal the wizard itself draws with
 * CSI sequences (colours, cursor moves), so `terminal` allows those and nothing else.
 */
export function expectNoControl(where: string, text: string, terminal = false): void {
  expect(BIDI.test(text), `${where}: bidi control`).toBe(false);
  expect(C1.test(text), `${where}: C1 control`).toBe(false);
  expect(STRING_SEQUENCE.test(text), `${where}: OSC/DCS/SOS/PM/APC sequence`).toBe(false);
  if (!terminal) {
    expect(/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text), `${where}: C0 control`).toBe(false);
  } else {
    // Only CSI (ESC [) and the keypad/charset two-byte forms Ink may emit; never a clear screen
    // that did not come from Ink's own redraw with a cursor home (2J alone is the hostile one).
    const escapes = text.match(/\u001B[^[]/g) ?? [];
    expect(escapes, `${where}: non-CSI escape`).toEqual([]);
  }
  for (const marker of PAYLOAD_MARKERS)
    expect(text.includes(marker), `${where}: payload ${marker}`).toBe(false);
}

/** No outside field longer than 300 characters: the megabyte field was cut. */
export function expectCut(where: string, text: string): void {
  expect(/Z{301}/.test(text), `${where}: a field longer than 300 characters`).toBe(false);
}

/** No email beyond its first letter, no name, no user id. */
export function expectNoPersonalData(where: string, text: string): void {
  expect(text.includes('victim.person@'), `${where}: email`).toBe(false);
  expect(text.includes('ictim.person'), `${where}: email`).toBe(false);
  expect(text.includes('98765432'), `${where}: user id`).toBe(false);
  expect(/\bVic\b|\bTim\b/.test(text), `${where}: name`).toBe(false);
}

export function expectAllSafe(
  where: string,
  text: string,
  keys: readonly string[],
  terminal = false,
): void {
  expectNoKey(where, text, keys);
  expectNoControl(where, text, terminal);
  expectCut(where, text);
  expectNoPersonalData(where, text);
}
