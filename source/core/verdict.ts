// One rule for the overall verdict, shared by doctor, the wizard's exit and the report.
import {EXIT, type ExitCode, type Layer, LAYERS, type Status} from './vocabulary.js';

export type VerdictStatus = 'ok' | 'problem' | 'inconclusive';

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
