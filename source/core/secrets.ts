// The one module that decides how a key may appear anywhere: on screen, in JSON, in a report.
// A key is shown only as its provider, its length and `fp:` + 8 hex characters of its SHA-256.
import {createHash} from 'node:crypto';
import {PROVIDER_SPECS} from './providers/registry/index.js';
import {type KeyShape, orderedKeyShapes} from './providers/registry/key-shape.js';
import type {ProviderSpec} from './providers/registry/spec.js';
import type {Provider} from './vocabulary.js';

export function fingerprint(value: string): string {
  return `fp:${createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 8)}`;
}

/**
 * A key held in memory. It refuses to turn into its own characters by accident: string
 * conversion, JSON and util.inspect all give the masked description.
 */
export class Secret {
  readonly #value: string;
  readonly fingerprint: string;
  readonly length: number;

  constructor(
    value: string,
    /** Where the key came from: `env:` and the variable's name, `input` or `stdin`. */
    readonly source: string,
  ) {
    this.#value = value;
    this.fingerprint = fingerprint(value);
    this.length = [...value].length;
  }

  /** The raw key, for a request header or a child's environment only. */
  reveal(): string {
    return this.#value;
  }

  describe(provider?: Provider | null): string {
    return describeKey({provider, length: this.length, fingerprint: this.fingerprint});
  }

  toString(): string {
    return this.describe();
  }

  toJSON(): string {
    return this.fingerprint;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Secret(${this.describe()})`;
  }
}

export function describeKey(key: {
  provider?: Provider | null;
  length: number;
  fingerprint: string;
}): string {
  const who = key.provider ? `${key.provider} key` : 'key';
  return `${who}, ${key.length} chars, ${key.fingerprint}`;
}

interface TextShape {
  name: string;
  pattern: RegExp;
}

function inTextPattern(shape: KeyShape): RegExp {
  const {inText} = shape;
  if (inText === 'whole-word' || !shape.start)
    return new RegExp(`\\b(?:${shape.full.source})\\b`, 'g');
  const edge = inText.wordStart ? '\\b' : '';
  const start = inText.start ?? shape.start;
  return new RegExp(`${edge}(?:${start.source})${inText.chars.source}{${inText.min},}`, 'g');
}

/** Credentials of no provider in particular. */
const OTHER_SHAPES: readonly TextShape[] = [
  // JWTs: Cursor access and refresh tokens.
  {name: 'token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g},
  // AWS secret access keys and other long base64 runs next to a secret-sounding word.
  {
    name: 'secret',
    pattern: /(?<=(?:secret|token|password|api[_-]?key)["'\s:=]{1,4})[A-Za-z0-9+/=_-]{20,}/gi,
  },
];

/**
 * The patterns that find the given providers' keys inside text, each named by its provider, and
 * credentials of no provider. Broader than format detection on purpose: a false positive costs
 * one redacted word.
 */
export function textShapesOf(specs: readonly ProviderSpec[]): TextShape[] {
  const providers = orderedKeyShapes(specs).map(({provider, shape}) => ({
    name: provider,
    pattern: inTextPattern(shape),
  }));
  return [...providers, ...OTHER_SHAPES];
}

/** Shapes of every credential this tool can meet, used to scrub text before it is shown or written. */
const KEY_SHAPES: readonly TextShape[] = textShapesOf(PROVIDER_SPECS);

export interface KeyShapeHit {
  name: string;
  index: number;
  length: number;
}

/** Every key-shaped substring of `text`. Masked echoes such as `sk-proj-****AbCd` are not keys. */
export function findKeyShapes(
  text: string,
  shapes: readonly TextShape[] = KEY_SHAPES,
): KeyShapeHit[] {
  const hits: KeyShapeHit[] = [];
  for (const shape of shapes) {
    for (const match of text.matchAll(shape.pattern)) {
      hits.push({name: shape.name, index: match.index, length: match[0].length});
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/**
 * Providers echo a rejected key masked but with its last characters (OpenAI: `sk-proj-****AbCd`).
 * Those characters are part of a key, so only the public prefix survives.
 */
const MASKED_ECHO =
  /\b((?:sk|AIza|key|crsr)[-_](?:[a-z0-9]+-){0,4})[A-Za-z0-9_-]{0,8}\*{3,}[A-Za-z0-9_-]*/g;

/** User info in any URL (`https://user:password@host`) is shown as `https://***@host`; it runs to
 * the last `@` before the path, as URL parsers read it, so a password holding `@` is hidden whole. */
const URL_USER_INFO = /(\b[a-z][a-z0-9+.-]{0,30}:\/\/)(?!\*\*\*@)[^/?#\s"'<>]+@/gi;

/** Replaces each key-shaped substring by a mask that names its shape and fingerprint. */
export function redact(input: string, shapes: readonly TextShape[] = KEY_SHAPES): string {
  const text = input.replace(MASKED_ECHO, '$1****').replace(URL_USER_INFO, '$1***@');
  const hits = findKeyShapes(text, shapes);
  if (hits.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const hit of hits) {
    if (hit.index < cursor) continue;
    const raw = text.slice(hit.index, hit.index + hit.length);
    out += text.slice(cursor, hit.index) + `[${hit.name} key ${fingerprint(raw)}]`;
    cursor = hit.index + hit.length;
  }
  return out + text.slice(cursor);
}

/** A run this long of a held key's characters is masked wherever it appears. */
const RUN = 12;
/** A held key shorter than this is masked only where it stands as a whole token. */
const SHORT = 8;

interface SessionPatterns {
  /** Every RUN-long piece of every held key and of its encodings, to the key's fingerprint. */
  pieces: Map<string, string>;
  /** Held keys (or encodings) too short for a run of RUN, matched whole. */
  whole: {pattern: RegExp; fingerprint: string}[];
}

const base64url = (text: string) => text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * The forms a key takes on the wire: raw, URL-encoded, and base64 or base64url at each of the
 * three byte alignments it can have inside a longer encoded text (Basic auth is `key:`).
 */
function encodingsOf(raw: string): string[] {
  const forms = new Set([raw, encodeURIComponent(raw)]);
  const bytes = Buffer.from(raw, 'utf8');
  for (let pad = 0; pad < 3; pad += 1) {
    const encoded = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
    // Characters that mix in the padding or whatever follows the key are not the key's own.
    const inner = encoded.slice(pad === 0 ? 0 : 4, encoded.length - 4);
    if (inner.length >= RUN) {
      forms.add(inner);
      forms.add(base64url(inner));
    }
  }
  return [...forms];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternsOf(secrets: readonly Secret[]): SessionPatterns {
  const pieces = new Map<string, string>();
  const whole: SessionPatterns['whole'] = [];
  for (const secret of secrets) {
    const raw = secret.reveal();
    if (!raw.trim()) continue;
    for (const form of encodingsOf(raw)) {
      if (form.length >= RUN) {
        for (let at = 0; at + RUN <= form.length; at += 1)
          pieces.set(form.slice(at, at + RUN), secret.fingerprint);
      } else {
        const edge = form.length < SHORT ? '(?<![A-Za-z0-9_-])' : '';
        const tail = form.length < SHORT ? '(?![A-Za-z0-9_-])' : '';
        whole.push({
          pattern: new RegExp(`${edge}${escapeRegExp(form)}${tail}`, 'g'),
          fingerprint: secret.fingerprint,
        });
      }
    }
  }
  return {pieces, whole};
}

/** Masks every stretch of `text` made of RUN-long pieces of a held key. Linear in `text`. */
function maskRuns(text: string, pieces: ReadonlyMap<string, string>): string {
  if (pieces.size === 0 || text.length < RUN) return text;
  let out = '';
  let copied = 0;
  let runStart = -1;
  let runEnd = -1;
  let runFingerprint = '';
  for (let at = 0; at + RUN <= text.length; at += 1) {
    const found = pieces.get(text.slice(at, at + RUN));
    if (found === undefined) continue;
    if (runStart >= 0 && at <= runEnd) {
      runEnd = at + RUN;
      continue;
    }
    if (runStart >= 0) {
      out += text.slice(copied, runStart) + `[key ${runFingerprint}]`;
      copied = runEnd;
    }
    runStart = at;
    runEnd = at + RUN;
    runFingerprint = found;
  }
  if (runStart < 0) return text;
  return out + text.slice(copied, runStart) + `[key ${runFingerprint}]` + text.slice(runEnd);
}

/**
 * A set of held keys compiled for masking. Compiling costs far more than scrubbing one short
 * text, so whoever holds the keys for a run builds one and keeps it as long as the keys.
 */
export class SecretScrubber {
  readonly #patterns: SessionPatterns;

  constructor(readonly secrets: readonly Secret[]) {
    this.#patterns = patternsOf(secrets);
  }

  /**
   * Redacts every key shape, and removes every held key whatever its shape: any run of 12 or
   * more of its characters, the key base64-, base64url- or URL-encoded, and a short key wherever
   * it stands as a token.
   */
  scrub(text: string): string {
    const {pieces, whole} = this.#patterns;
    let out = maskRuns(text, pieces);
    for (const {pattern, fingerprint: fp} of whole) out = out.replace(pattern, `[key ${fp}]`);
    return redact(out);
  }
}

/** Held keys, as a list or already compiled. */
export type HeldSecrets = readonly Secret[] | SecretScrubber;

export function scrubberOf(held: HeldSecrets): SecretScrubber {
  return held instanceof SecretScrubber ? held : new SecretScrubber(held);
}

/** One text scrubbed of every key shape and every held key (see SecretScrubber.scrub). */
export function scrub(text: string, held: HeldSecrets = []): string {
  return scrubberOf(held).scrub(text);
}
