// Shared scaffolding of the meaning tests: a class of message is pinned by the studied corpus lines
// (tuning and dev) that showed it and by paraphrases no corpus line holds.
import {describe, expect, it} from 'vitest';
import type {Classification} from '../../source/core/classify/classification.js';
import type {Layer, Provider} from '../../source/core/vocabulary.js';
import {classifyError} from './classify-under-test.js';
import {loadCorpus, STUDIED_SPLITS, type CorpusEntry} from './corpus-loader.js';

export interface Paraphrase {
  text: string;
  layer: Layer;
  provider?: Provider;
  status?: number;
}

export interface MeaningClass {
  corpus: string[];
  paraphrases: Paraphrase[];
}

export interface MeaningTestNames {
  /** Name pattern of a corpus line's test, `%s` being its id. */
  corpus?: string;
  /** `short`: the paraphrase's first 70 characters; `text`: vitest's `$text`. */
  paraphrase?: 'short' | 'text';
}

let studied: Map<string, CorpusEntry> | undefined;

/** The studied corpus line with this id, or undefined when no studied split holds it. */
export function studiedLine(id: string): CorpusEntry | undefined {
  studied ??= new Map(
    loadCorpus()
      .lines.filter((line) => STUDIED_SPLITS.includes(line.split))
      .map((line) => [line.entry.id, line.entry]),
  );
  return studied.get(id);
}

/** A studied corpus line reads as one of its labels. */
export function expectStudiedLine(id: string): void {
  const entry = studiedLine(id);
  expect(entry, `${id} is a studied line`).toBeDefined();
  const result = classifyError({
    text: entry!.text,
    status: entry!.status,
    provider: entry!.provider,
  });
  expect(entry!.labels, `${id}: ${JSON.stringify(result)}`).toContain(result.layer);
}

/** A paraphrase reads as its layer. */
export function expectParaphrase(p: Paraphrase): void {
  expectParaphraseResult(p);
}

/** A paraphrase reads as its layer; the whole reading, for further checks. */
export function expectParaphraseResult(p: Paraphrase): Classification {
  const result = classifyError({
    text: p.text,
    provider: p.provider ?? null,
    status: p.status ?? null,
  });
  expect(result.layer, JSON.stringify(result)).toBe(p.layer);
  return result;
}

/** One describe block per class: a test per studied corpus line, then one per paraphrase. */
export function describeMeaningClass(
  name: string,
  {corpus, paraphrases}: MeaningClass,
  names: MeaningTestNames = {},
): void {
  describe(name, () => {
    it.each(corpus)(names.corpus ?? '%s', expectStudiedLine);
    if (names.paraphrase === 'text') {
      it.each(paraphrases)('$text', expectParaphrase);
    } else {
      it.each(paraphrases.map((p) => [p.text.slice(0, 70), p] as const))('%s', (_short, p) => {
        expectParaphrase(p);
      });
    }
  });
}

export function describeMeaningClasses(
  classes: Record<string, MeaningClass>,
  names: MeaningTestNames = {},
): void {
  for (const [name, meaningClass] of Object.entries(classes)) {
    describeMeaningClass(name, meaningClass, names);
  }
}
