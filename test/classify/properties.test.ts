// Properties that must hold for every input: classify never throws, always answers in the
// contract's shape, and never echoes a key of any format.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {classifyError} from '../../source/core/classify/index.js';
import {formatClassification} from '../../source/core/classify/format.js';
import {findKeyShapes} from '../../source/core/secrets.js';
import {isLayer, PROVIDERS} from '../../source/core/vocabulary.js';
import {KEY_FORMATS, keyInContext} from './key-arbitraries.js';
import {CLASSIFY_KEYS} from '../doctor/contract.js';

const providerHint = fc.option(fc.constantFrom(...PROVIDERS), {nil: null});
const statusHint = fc.option(fc.integer({min: 100, max: 599}), {nil: null});

function assertShape(result: ReturnType<typeof classifyError>) {
  expect(Object.keys(result)).toEqual(CLASSIFY_KEYS);
  expect(result.schema).toBe(1);
  expect(isLayer(result.layer)).toBe(true);
  expect(result.step).toBeGreaterThanOrEqual(1);
  expect(result.step).toBeLessThanOrEqual(10);
  expect(result.alsoPossible.every(isLayer)).toBe(true);
  expect(result.alsoPossible).not.toContain(result.layer);
  expect(typeof result.action).toBe('string');
}

describe('classify properties', () => {
  it('never throws and always answers in the contract shape, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({maxLength: 400}),
        statusHint,
        providerHint,
        (text, status, provider) => {
          assertShape(classifyError({text, status, provider}));
        },
      ),
      {numRuns: 400},
    );
  });

  // Encoded data's letters can spell a word a rule reads ("VPN" inside a key's base64 did, in
  // about one paste in seventy): encoded data says nothing, whatever it spells.
  it('reads nothing into encoded data: base64 of any bytes, alone or after "error"', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({minLength: 45, maxLength: 150}),
        fc.boolean(),
        fc.boolean(),
        (bytes, url, prefixed) => {
          const blob = Buffer.from(bytes).toString(url ? 'base64url' : 'base64');
          const result = classifyError({text: prefixed ? `error ${blob}` : blob});
          expect(result.layer).toBe('unknown');
        },
      ),
      {numRuns: 2000},
    );
  });

  it('never throws on any JSON value, pasted raw or inside a log line', () => {
    fc.assert(
      fc.property(fc.json({maxDepth: 4}), fc.boolean(), providerHint, (json, wrapped, provider) => {
        const text = wrapped ? `2026-01-01 ERROR request failed: ${json} (Request ID: x)` : json;
        assertShape(classifyError({text, provider}));
      }),
      {numRuns: 300},
    );
  });

  it('never throws on hostile shapes: unbalanced braces, huge input, odd values', () => {
    const hostile = [
      '{'.repeat(10_000),
      `${'{"error":'.repeat(500)}1${'}'.repeat(500)}`,
      'x'.repeat(2_000_000),
      "{'error': {'message': 'unterminated",
      '\u0000\u001b[31m\ud800',
      '{"__proto__":{"error":"ERROR_BAD_USER_API_KEY"}}',
    ];
    for (const text of hostile) assertShape(classifyError({text}));
    assertShape(classifyError({text: undefined as unknown as string}));
    assertShape(classifyError({text: 42 as unknown as string, status: Number.NaN}));
  });

  it('never echoes a key of any format, in JSON or in the human answer', () => {
    fc.assert(
      fc.property(keyInContext, statusHint, providerHint, ({key, text}, status, provider) => {
        const result = classifyError({text, status, provider});
        const json = JSON.stringify(result);
        const human = formatClassification(result);
        for (const out of [json, human]) {
          expect(out).not.toContain(key);
          expect(out).not.toContain(key.slice(4, 28));
          expect(findKeyShapes(out)).toEqual([]);
        }
      }),
      {numRuns: 500},
    );
  });

  // Found by the property above: a hex key glued to a letter is no key shape, but its host name.
  it('never echoes a key that the text glued into a host name', () => {
    const key = '0'.repeat(32);
    const result = classifyError({text: `A.AAfetch failed: getaddrinfo ENOTFOUND ${key}A.AA`});
    expect(result.layer).toBe('base-url');
    expect(JSON.stringify(result) + formatClassification(result)).not.toContain(key);
  });

  it.each(Object.keys(KEY_FORMATS))('masks a %s key pasted alone', (format) => {
    const key = fc.sample(KEY_FORMATS[format as keyof typeof KEY_FORMATS], 1)[0]!;
    const json = JSON.stringify(classifyError({text: `Incorrect API key provided: ${key}`}));
    expect(json).not.toContain(key);
    expect(findKeyShapes(json)).toEqual([]);
  });
});
