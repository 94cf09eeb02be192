// Step numbers come from the order alone: the vocabulary's STEP_IDS. The layer table names step
// ids, and the numbers the contract's JSON carries are derived from that order.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {STEP_ID_OF_LAYER, STEP_OF_LAYER} from '../../source/core/diagnosis.js';
import {STEPS} from '../../source/core/steps/index.js';
import {LAYERS, STEP_IDS, stepNumberOf} from '../../source/core/vocabulary.js';

test('the step list follows the order, and each number is the step’s place in it', () => {
  expect(STEPS.map((step) => step.id)).toEqual([...STEP_IDS]);
  for (const step of STEPS) expect(step.n, step.id).toBe(stepNumberOf(step.id));
});

test('the layer table names steps by id; the numbers follow from the order', () => {
  for (const layer of LAYERS) {
    expect(STEP_OF_LAYER[layer], layer).toBe(STEP_IDS.indexOf(STEP_ID_OF_LAYER[layer]) + 1);
  }
  // The contract's mapping, as doctor --json and classify --json have always reported it.
  expect(STEP_OF_LAYER).toEqual({
    'cursor-cli': 2,
    'cursor-account': 1,
    'cursor-plan': 1,
    'cursor-user-key': 4,
    'provider-key': 7,
    'provider-permission': 7,
    model: 8,
    request: 8,
    'base-url': 8,
    'rate-limit': 9,
    quota: 9,
    'provider-outage': 9,
    'cursor-service': 10,
    feature: 5,
    network: 7,
    unknown: 1,
  });
});

test('no step file writes its own number: adding a step renumbers nothing', () => {
  const dir = fileURLToPath(new URL('../../source/core/steps/', import.meta.url));
  const literal = readdirSync(dir).filter((file) =>
    /^\s*n: \d+,/m.test(readFileSync(join(dir, file), 'utf8')),
  );
  expect(literal).toEqual([]);
});
