import {inspect} from 'node:util';
import {describe, expect, test} from 'vitest';
import {fingerprint, redact, scrub, Secret, SecretScrubber} from '../../source/core/secrets.js';

const raw = 'sk-proj-' + 'Q'.repeat(20) + 'T3BlbkFJ' + 'Z'.repeat(20);

describe('Secret', () => {
  test('turns into its masked description everywhere it could leak', () => {
    const secret = new Secret(raw, 'env:OPENAI_API_KEY');
    const shown = [
      String(secret),
      `${secret}`,
      JSON.stringify({secret}),
      inspect(secret),
      inspect({nested: {secret}}),
      secret.describe('openai'),
    ];
    for (const text of shown) expect(text).not.toContain(raw.slice(8, 20));
    expect(secret.describe('openai')).toBe(`openai key, ${raw.length} chars, ${fingerprint(raw)}`);
    expect(JSON.stringify({secret})).toBe(`{"secret":"${fingerprint(raw)}"}`);
    expect(secret.reveal()).toBe(raw);
  });

  test('fingerprints are fp: plus 8 hex characters of SHA-256, stable and distinct', () => {
    expect(fingerprint('abc')).toBe('fp:ba7816bf');
    expect(fingerprint('abc ')).not.toBe(fingerprint('abc'));
  });

  test('counts characters, not UTF-16 units, for its length', () => {
    expect(new Secret('ab\u{1F511}', 'input').length).toBe(3);
  });

  test('scrub removes a known secret even when it has no known shape', () => {
    const odd = new Secret('zz-custom-proxy-key-123', 'input');
    const line = scrub('proxy said: bad key zz-custom-proxy-key-123 for you', [odd]);
    expect(line).not.toContain('zz-custom-proxy-key-123');
    expect(line).toContain(odd.fingerprint);
  });

  test('scrub masks every key its list holds now, not the keys it held at an earlier call', () => {
    const first = new Secret('zz-first-proxy-key-123', 'input');
    const later = new Secret('zz-later-proxy-key-456', 'input');
    const held = [first];
    scrub('warm up', held);
    held.push(later);
    expect(scrub('bad key zz-later-proxy-key-456', held)).toBe(
      `bad key [key ${later.fingerprint}]`,
    );
  });

  test('a scrubber compiled once masks like scrub, for as many texts as it is kept', () => {
    const odd = new Secret('zz-custom-proxy-key-123', 'input');
    const scrubber = new SecretScrubber([odd]);
    for (const text of ['a zz-custom-proxy-key-123 b', 'enp6LWN1c3RvbS1wcm94eS1rZXktMTIz', raw])
      expect(scrubber.scrub(text)).toBe(scrub(text, [odd]));
  });
});

describe('redact on hostile text', () => {
  // A provider body or a paste is masked whole before it is cut; a megabyte of key prefixes
  // (sk-sk-sk-…) once made the masked-echo pattern rescan the rest of the text from every prefix.
  test('a megabyte of repeated key prefixes is masked in one pass', () => {
    for (const prefix of ['sk-', 'key-', 'AIza-', 'sk-a-']) {
      const out = redact(prefix.repeat(Math.floor(1_000_000 / prefix.length)));
      expect(out.length).toBeGreaterThan(0);
    }
  }, 5_000);
});
