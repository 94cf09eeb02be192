// Step numbers come from the order alone (source/core/step-order.ts). The layer table names step
// ids, and the numbers the contract's JSON carries are derived from that order; no source file
// uses a step number as a key.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {filesUnder} from '../helpers/source-files.js';
import {fixingStep, STEP_ID_OF_LAYER, STEP_OF_LAYER} from '../../source/core/diagnosis.js';
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

test('a failure is fixed at the step owning its layer, a key or network problem where it was found', () => {
  expect(fixingStep('quota', stepNumberOf('provider-test'))).toBe(stepNumberOf('quota'));
  expect(fixingStep('request', stepNumberOf('provider-test'))).toBe(stepNumberOf('model-support'));
  expect(fixingStep('cursor-plan', stepNumberOf('user-api-key'))).toBe(
    stepNumberOf('cursor-login'),
  );
  expect(fixingStep('cursor-service', stepNumberOf('user-api-key'))).toBe(stepNumberOf('restart'));
  expect(fixingStep('provider-key', stepNumberOf('key-paste'))).toBe(stepNumberOf('key-paste'));
  expect(fixingStep('network', stepNumberOf('user-api-key'))).toBe(stepNumberOf('user-api-key'));
  expect(fixingStep(null, stepNumberOf('cli-status'))).toBe(stepNumberOf('cli-status'));
});

test('no step file writes its own number: adding a step renumbers nothing', () => {
  const dir = fileURLToPath(new URL('../../source/core/steps/', import.meta.url));
  const literal = readdirSync(dir).filter((file) =>
    /^\s*n: \d+,/m.test(readFileSync(join(dir, file), 'utf8')),
  );
  expect(literal).toEqual([]);
});

const SOURCE = fileURLToPath(new URL('../../source/', import.meta.url));
const FILES = filesUnder(SOURCE).map((path) => ({
  name: path.slice(SOURCE.length),
  // Comments may mention a step by number; code may not.
  code: readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1'),
}));

/** Places that turn an id into the contract's number or back, and nothing else does. */
const NUMBER_OF_ID = new Set([
  'core/step-order.ts',
  // The contract's `step` in doctor --json and classify --json: a number made from an id.
  'core/diagnosis.ts',
  'core/cursor/cursor-errors.ts',
  'core/classify/classify-core.ts',
]);
const ID_OF_NUMBER = new Set([
  'core/step-order.ts',
  // A classification's number, checked and shown with its title.
  'core/classify/classification.ts',
  'core/classify/format.ts',
  // A pasted error's diagnosis, read back into the step it points at.
  'core/wizard-queries.ts',
]);

/** Ways to use a step number as a key, each with an example it must catch. */
const NUMBER_KEYS: readonly {what: string; pattern: RegExp; example: string}[] = [
  {what: 'a step number literal', pattern: /\bstep: \d+/g, example: "{layer: 'quota', step: 9}"},
  {
    what: 'a step number compared',
    pattern: /\.n\s*(?:[=!]==|[<>]=?)|(?:[=!]==|(?<!=)[<>]=?)\s*[\w.]*\.n\b/g,
    example: 'if (step.n >= 2) run();',
  },
  {
    // Step 1 is the start whatever the order; any other step is named through stepRef.
    what: 'a step number in a sentence',
    pattern: /\b[Ss]teps? (?:[2-9]|\d{2,})\b/g,
    example: "'test the key outside Cursor (step 7)'",
  },
  {
    what: 'a step by position',
    pattern: /\b(?:steps|STEPS|STEP_IDS|outcomes|results)\[\d+\]/g,
    example: 'const first = results[0];',
  },
];

test('no source file uses a step number as a key', () => {
  const found: string[] = [];
  const flag = (name: string, what: string, pattern: RegExp, code: string) => {
    for (const match of code.matchAll(pattern)) found.push(`${name}: ${what}: ${match[0]}`);
  };
  for (const {name, code} of FILES) {
    for (const {what, pattern} of NUMBER_KEYS) flag(name, what, pattern, code);
    if (!NUMBER_OF_ID.has(name)) {
      flag(
        name,
        'a number made from an id (in a sentence, use stepRef)',
        /\bstepNumberOf\(/g,
        code,
      );
    }
    if (!ID_OF_NUMBER.has(name)) flag(name, 'an id found by number', /\bstepIdAt\(/g, code);
  }
  expect(found).toEqual([]);
});

test('each way of using a step number as a key is caught in its example', () => {
  for (const {what, pattern, example} of NUMBER_KEYS) {
    expect([...example.matchAll(pattern)], what).toHaveLength(1);
  }
});
