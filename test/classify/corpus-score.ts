// Scores the router on the corpus: accuracy per split, per layer and per family, the confusion
// pairs, and the misses. Misses carry texts for the studied splits only (tuning and dev): the
// holdouts are reported as numbers, so tuning never sees what it is judged on.
import type {Classification, ClassifyInput} from '../../source/core/classify/classification.js';
import type {Layer} from '../../source/core/vocabulary.js';
import {SPLITS, STUDIED_SPLITS, type CorpusLine, type Split} from './corpus-loader.js';

export interface Tally {
  right: number;
  total: number;
}

export interface Miss {
  id: string;
  text: string;
  labels: Layer[];
  got: Layer;
  alsoPossible: Layer[];
}

export interface SplitScore {
  right: number;
  total: number;
  accuracy: number;
  /**
   * Lines whose label is the layer or one of its alternatives: the answer names the cause
   * somewhere, and the wizard's walk reaches it. Reported beside accuracy, never instead of it.
   */
  named: number;
  byLayer: Record<string, Tally>;
  byFamily: Record<string, Tally>;
  /** "expected → got" for each miss, counted, most frequent first. */
  confusion: {pair: string; count: number}[];
  /** Texts of the misses: filled for the studied splits only. */
  misses: Miss[];
}

export type CorpusScore = Record<Split, SplitScore>;

type Classifier = (input: ClassifyInput) => Classification;

/** A prediction is right when its layer is one of the labels. */
export function isRight(labels: readonly Layer[], got: Layer): boolean {
  return labels.includes(got);
}

function add(tallies: Record<string, Tally>, key: string, right: boolean): void {
  const tally = (tallies[key] ??= {right: 0, total: 0});
  tally.total++;
  if (right) tally.right++;
}

export function scoreSplit(lines: readonly CorpusLine[], split: Split, classify: Classifier) {
  const score: SplitScore = {
    right: 0,
    total: 0,
    accuracy: 0,
    named: 0,
    byLayer: {},
    byFamily: {},
    confusion: [],
    misses: [],
  };
  const pairs = new Map<string, number>();
  for (const {entry} of lines.filter((line) => line.split === split)) {
    const result = classify({text: entry.text, status: entry.status, provider: entry.provider});
    const right = isRight(entry.labels, result.layer);
    score.total++;
    if (right) score.right++;
    if (right || result.alsoPossible.some((layer) => entry.labels.includes(layer))) score.named++;
    add(score.byLayer, entry.labels[0]!, right);
    add(score.byFamily, entry.family, right);
    if (right) continue;
    const pair = `${entry.labels.join('|')} → ${result.layer}`;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    if (STUDIED_SPLITS.includes(split)) {
      score.misses.push({
        id: entry.id,
        text: entry.text,
        labels: entry.labels,
        got: result.layer,
        alsoPossible: result.alsoPossible,
      });
    }
  }
  score.accuracy = score.total === 0 ? 1 : score.right / score.total;
  score.confusion = [...pairs]
    .map(([pair, count]) => ({pair, count}))
    .sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair));
  return score;
}

export function scoreCorpus(lines: readonly CorpusLine[], classify: Classifier): CorpusScore {
  return Object.fromEntries(
    SPLITS.map((split) => [split, scoreSplit(lines, split, classify)]),
  ) as CorpusScore;
}

/** A tally's accuracy for the report; a dash when it counted nothing. */
export function percent(tally: Tally): string {
  return tally.total === 0 ? '  –  ' : `${((100 * tally.right) / tally.total).toFixed(1)} %`;
}

function table(title: string, tallies: Record<string, Tally>): string[] {
  return [
    title,
    ...Object.entries(tallies)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([key, tally]) =>
          `  ${key.padEnd(22)} ${percent(tally).padStart(7)}  ${tally.right}/${tally.total}`,
      ),
  ];
}

/** The human report: the chosen splits as numbers, then the tuning misses with their texts. */
export function formatScore(
  score: CorpusScore,
  options: {misses: boolean; splits: readonly Split[]},
): string {
  const out: string[] = [];
  for (const split of options.splits) {
    const s = score[split];
    const named = percent({right: s.named, total: s.total});
    out.push(
      `== ${split}: ${percent(s)} (${s.right}/${s.total}) · among the layers named: ${named}`,
    );
    out.push(...table(' by first label', s.byLayer), ...table(' by family', s.byFamily));
    out.push(' confusion (labels → got)');
    for (const {pair, count} of s.confusion) out.push(`  ${String(count).padStart(3)}  ${pair}`);
    out.push('');
  }
  for (const split of STUDIED_SPLITS.filter((s) => options.splits.includes(s))) {
    const {misses} = score[split];
    if (!options.misses || misses.length === 0) continue;
    out.push(`== ${split} misses (${misses.length})`);
    for (const miss of misses) {
      const also = miss.alsoPossible.length > 0 ? ` (also ${miss.alsoPossible.join(', ')})` : '';
      out.push(`-- ${miss.id}: want ${miss.labels.join('|')}, got ${miss.got}${also}`);
      out.push(`   ${miss.text.replace(/\s+/g, ' ').slice(0, 400)}`);
    }
  }
  return out.join('\n') + '\n';
}
