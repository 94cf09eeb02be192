// The README's layer table is the one people read: it lists every layer the product reports,
// in fix order, each with the step that owns it.
import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {STEP_OF_LAYER} from '../../source/core/diagnosis.js';
import {LAYERS} from '../../source/core/vocabulary.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function layerTable(): {layer: string; step: number}[] {
  const section = README.split(/^## Layers$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([a-z-]+)` +\|[^|]*\| (\d+) +\|$/gm)].map((row) => ({
    layer: row[1]!,
    step: Number(row[2]),
  }));
}

test('the README lists every layer in fix order, with the step that owns it', () => {
  const rows = layerTable();
  expect(rows.map((row) => row.layer)).toEqual([...LAYERS]);
  for (const row of rows) expect(row.step, row.layer).toBe(STEP_OF_LAYER[row.layer as never]);
});
