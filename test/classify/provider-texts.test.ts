// Each provider's known error texts are data in its spec; the classifier reads them after its
// own Cursor rules, in a fixed order, and pins each to its provider unless others send it too.
import {expect, test} from 'vitest';
import {readingOrder, SPECIFIC_RULES} from '../../source/core/classify/text-rules.js';
import {PROVIDER_SPECS} from '../../source/core/providers/registry/index.js';
import type {ProviderSpec} from '../../source/core/providers/registry/spec.js';
import type {Provider} from '../../source/core/vocabulary.js';

const specs = PROVIDER_SPECS as readonly ProviderSpec<Provider>[];
const ordered = readingOrder(specs);
const texts = ordered.flatMap((spec) =>
  spec.errorTexts!.texts.map((text) => ({provider: spec.id, text})),
);
const tail = SPECIFIC_RULES.slice(SPECIFIC_RULES.length - texts.length);

test('texts are read in registry order, a spec that reads before another just ahead of it', () => {
  expect(ordered.map((spec) => spec.id)).toEqual([
    'anthropic',
    'openai',
    'google',
    'openrouter',
    'azure',
    'bedrock',
  ]);
});

test('a spec read before one that has no texts is read last, not dropped', () => {
  const [first, second] = ordered;
  const early = {...first!, errorTexts: {...first!.errorTexts!, readBefore: 'cursor'}};
  const plain = {...second!, errorTexts: {texts: second!.errorTexts!.texts}};
  expect(readingOrder([early, plain]).map((spec) => spec.id)).toEqual([second!.id, first!.id]);
});

test("every provider's texts close the rules, one rule per text, in their order", () => {
  expect(tail.map((rule) => rule.pattern)).toEqual(texts.map(({text}) => text.pattern));
});

test('a text names its provider unless others send it too', () => {
  const found = Object.assign(['text'], {index: 0, input: 'text'}) as RegExpExecArray;
  tail.forEach((rule, at) => {
    const {provider, text} = texts[at]!;
    const match = rule.match(found, null)!;
    expect(match.provider, String(text.pattern)).toBe(text.shared ? null : provider);
    expect(match.code).toBe(text.code ?? null);
    expect(match.layers).toEqual(text.layers);
  });
});

test('common advice is worded with the provider and the own words around it', () => {
  const found = Object.assign(['text'], {index: 0, input: 'text'}) as RegExpExecArray;
  tail.forEach((rule, at) => {
    const {text} = texts[at]!;
    const {action} = rule.match(found, null)!;
    if (typeof text.action === 'string') expect(action).toBe(text.action);
    else {
      if (text.action.before) expect(action.startsWith(`${text.action.before} `)).toBe(true);
      if (text.action.after) expect(action.endsWith(` ${text.action.after}`)).toBe(true);
    }
  });
});
