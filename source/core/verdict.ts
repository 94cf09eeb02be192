// One rule for the overall verdict, shared by doctor, the wizard's exit and the report.
import {EXIT, type ExitCode, type Layer, LAYERS, type Status} from './vocabulary.js';

export type VerdictStatus = 'ok' | 'problem' | 'inconclusive';

/** How bad each status a check can give is, least first: `unknown` is worse than `warn`. */
const SEVERITY: Record<Exclude<Status, 'skip'>, number> = {
  pass: 0,
  manual: 1,
  warn: 2,
  unknown: 3,
  fail: 4,
};

export function severityOf(status: Exclude<Status, 'skip'>): number {
  return SEVERITY[status];
}

/** The most severe of several statuses; `pass` for none. */
export function worstStatus<S extends Exclude<Status, 'skip'>>(statuses: readonly S[]): S | 'pass' {
  return statuses.reduce<S | 'pass'>(
    (worst, status) => (SEVERITY[status] > SEVERITY[worst] ? status : worst),
    'pass',
  );
}

/** `problem` when anything failed; else `inconclusive` when anything is unknown; else `ok`. */
export function verdictOf(statuses: readonly Status[]): VerdictStatus {
  if (statuses.includes('fail')) return 'problem';
  if (statuses.includes('unknown')) return 'inconclusive';
  return 'ok';
}

export function exitCodeOf(verdict: VerdictStatus): ExitCode {
  return verdict === 'problem'
    ? EXIT.problem
    : verdict === 'inconclusive'
      ? EXIT.inconclusive
      : EXIT.ok;
}

/** Of several layers, the first in fix order. */
export function firstLayer(layers: readonly (Layer | null)[]): Layer | null {
  let best: Layer | null = null;
  for (const layer of layers) {
    if (layer && (best === null || LAYERS.indexOf(layer) < LAYERS.indexOf(best))) best = layer;
  }
  return best;
}
