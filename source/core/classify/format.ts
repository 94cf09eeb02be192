// The short human answer of `classify`: layer, step, what was recognised, and the first action.
import {STEP_IDS, STEP_TITLES, stepIdAt} from '../step-order.js';
import type {Classification} from './classification.js';

export function formatClassification(result: Classification): string {
  const lines: string[] = [];
  const also =
    result.alsoPossible.length > 0 ? ` (also possible: ${result.alsoPossible.join(', ')})` : '';
  lines.push(`Layer     ${result.layer}${also}`);
  const id = stepIdAt(result.step);
  lines.push(`Step      ${result.step}/${STEP_IDS.length}${id ? ` · ${STEP_TITLES[id]}` : ''}`);
  const seen = [
    result.provider ? `provider ${result.provider}` : null,
    result.httpStatus !== null ? `HTTP ${result.httpStatus}` : null,
    result.code ? `code ${result.code}` : null,
  ].filter(Boolean);
  if (seen.length > 0) lines.push(`Seen      ${seen.join(' · ')}`);
  lines.push(`Do this   ${result.action}`);
  if (result.alsoPossible.length > 0) {
    const then = result.alsoPossible.join(', then ');
    lines.push(
      result.layer === 'unknown'
        ? `Why       the text names no single layer; the likeliest are ${then}.`
        : `Why       the fix order starts at ${result.layer}; if that checks out, look at ${then}.`,
    );
  }
  return lines.join('\n') + '\n';
}
