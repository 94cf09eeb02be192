// The model-name field refuses a key by its public prefix, read from the registry's key shapes.
import {expect, test} from 'vitest';
import {PROVIDER_SPECS} from '../../source/core/providers/registry/index.js';
import {looksLikeKey} from '../../source/ui/components/text-line-input.js';

test('a value starting with any public prefix a spec declares is a key, however short', () => {
  const prefixes = PROVIDER_SPECS.flatMap((spec) =>
    spec.keyShapes.flatMap((shape) => shape.prefixes as readonly string[]),
  );
  expect(prefixes).toEqual(expect.arrayContaining(['sk-', 'AIza', 'AQ.', 'key_', 'ASIA', 'ABSK']));
  for (const prefix of prefixes) expect(looksLikeKey(`${prefix}x`), prefix).toBe(true);
  expect(looksLikeKey('sk-')).toBe(true);
  expect(looksLikeKey('eyJhbGciOi')).toBe(true);
});

test('a model name is not a key', () => {
  for (const name of ['gpt-4o-mini', 'claude-sonnet-4-5', 'gemini-2.5-pro', 'anthropic.claude-3'])
    expect(looksLikeKey(name), name).toBe(false);
});
