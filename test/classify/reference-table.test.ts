// Every documented error text names the right layer; ambiguity follows the fix order.
import {describe, expect, it} from 'vitest';
import {classifyError} from './classify-under-test.js';
import {type Case, CURSOR_CASES, PROVIDER_CASES, REAL_WORLD_CASES} from './reference-cases.js';
import {LAYERS} from '../../source/core/vocabulary.js';

function check(c: Case) {
  const result = classifyError({
    text: c.text,
    status: c.status ?? null,
    provider: c.provider ?? null,
  });
  expect(result.layer, JSON.stringify(result)).toBe(c.layer);
  for (const layer of c.also ?? [])
    expect(result.alsoPossible, JSON.stringify(result)).toContain(layer);
  if (c.expectProvider !== undefined) expect(result.provider).toBe(c.expectProvider);
  if (c.code !== undefined) expect(result.code).toBe(c.code);
  if (c.step !== undefined) expect(result.step).toBe(c.step);
  if (c.httpStatus !== undefined) expect(result.httpStatus).toBe(c.httpStatus);
  // The contract's ordering rule: nothing listed as also possible comes before the layer.
  // An unknown lists its likeliest layers instead: the direction to look in.
  if (result.layer !== 'unknown') {
    for (const other of result.alsoPossible) {
      expect(LAYERS.indexOf(other)).toBeGreaterThan(LAYERS.indexOf(result.layer));
    }
  }
  expect(result.action.length).toBeGreaterThan(10);
  if (c.layer === 'unknown') {
    expect(result.alsoPossible.length).toBeGreaterThanOrEqual(2);
    expect(result.action).toMatch(/Most likely .*Share next: the full error JSON/);
  }
}

describe('classify: cursor-cli.md', () => {
  it.each(CURSOR_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
});

describe('classify: providers.md', () => {
  it.each(PROVIDER_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
});

describe('classify: real-world variants', () => {
  it.each(REAL_WORLD_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
});
