// The classifier's answer, exactly the contract's `classify --json` document, and the rules that
// turn candidate layers into it: the first layer in fix order wins, the rest are alternatives.
import {type Diagnosis, STEP_OF_LAYER} from '../diagnosis.js';
import type {NetworkFailure} from '../runner.js';
import {findKeyShapes, redact} from '../secrets.js';
import {type Layer, LAYERS, type Provider, stepIdAt} from '../vocabulary.js';

export interface Classification {
  schema: 1;
  layer: Layer;
  alsoPossible: Layer[];
  step: number;
  provider: Provider | null;
  httpStatus: number | null;
  code: string | null;
  action: string;
}

export interface ClassifyInput {
  text: string;
  /** The HTTP status that came with the error, when the person knows it. */
  status?: number | null;
  /** Whose error it is, when the person knows it; settles ambiguous Cursor errors. */
  provider?: Provider | null;
}

/** The Cursor, provider and network modules the classifier routes to. */
export interface ClassifyDelegates {
  cursor(text: string): Diagnosis | null;
  provider(input: {
    provider: Provider;
    status: number;
    headers: Record<string, string>;
    body: string;
  }): Diagnosis;
  network(failure: NetworkFailure, target: {provider: Provider | null; url: string}): Diagnosis;
}

export const UNKNOWN_ACTION =
  'Not enough to tell which layer this is. Share the full error JSON (keys removed), the HTTP status code, the provider, the model and the base URL, or run `cursorkey-wizard doctor`.';

/** Layers in fix order, without repeats. */
export function inFixOrder(layers: readonly Layer[]): Layer[] {
  return [...new Set(layers)].sort((a, b) => LAYERS.indexOf(a) - LAYERS.indexOf(b));
}

/** Every candidate layer of a diagnosis. */
export function candidatesOf(diagnosis: Pick<Diagnosis, 'layer' | 'alsoPossible'>): Layer[] {
  return [diagnosis.layer, ...(diagnosis.alsoPossible ?? [])];
}

/**
 * The layer and its alternatives: the first candidate in the fix order, and the others after it.
 * A first candidate of `unknown` stays unknown and lists the others as its direction.
 */
export function settleLayers(candidates: readonly Layer[]): {layer: Layer; alsoPossible: Layer[]} {
  const known = inFixOrder(candidates.filter((layer) => layer !== 'unknown'));
  if (candidates[0] === 'unknown' || known.length === 0) {
    return {layer: 'unknown', alsoPossible: known};
  }
  return {layer: known[0]!, alsoPossible: known.slice(1)};
}

/** A machine code safe to print: short, plain, and not key-shaped. */
export function safeCode(code: string | null | undefined): string | null {
  if (typeof code !== 'string' || !/^[A-Za-z0-9_.:-]{1,80}$/.test(code)) return null;
  return findKeyShapes(code).length === 0 ? code : null;
}

/** One line, bounded, with anything key-shaped masked. */
export function safeLine(text: string): string {
  // Masked before it is cut: a key cut in half no longer has a key's shape.
  const masked = redact(text.replace(/\s+/g, ' ').trim()).slice(0, 600);
  // A mask next to other text could, in theory, form a new key shape; then say nothing of it.
  return findKeyShapes(masked).length === 0 ? masked : UNKNOWN_ACTION;
}

export function buildClassification(parts: {
  layers: readonly Layer[];
  step: number | null;
  provider: Provider | null;
  httpStatus: number | null;
  code: string | null;
  action: string;
}): Classification {
  const {layer, alsoPossible} = settleLayers(parts.layers);
  const step =
    parts.step !== null && stepIdAt(parts.step) !== null
      ? parts.step
      : // An unknown starts where its likeliest layer is fixed.
        STEP_OF_LAYER[layer === 'unknown' ? (alsoPossible[0] ?? layer) : layer];
  return {
    schema: 1,
    layer,
    alsoPossible,
    step,
    provider: parts.provider,
    httpStatus:
      parts.httpStatus !== null && Number.isInteger(parts.httpStatus) ? parts.httpStatus : null,
    code: safeCode(parts.code),
    action: safeLine(parts.action || UNKNOWN_ACTION),
  };
}

/** "a", "a or b", "a, b or c". */
function eitherOf(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function unknownClassification(
  provider: Provider | null = null,
  httpStatus: number | null = null,
  code: string | null = null,
  direction: {likely: readonly Layer[]; share: string} | null = null,
): Classification {
  const likely = inFixOrder(direction?.likely ?? []);
  return buildClassification({
    layers: ['unknown', ...likely],
    step: null,
    provider,
    httpStatus,
    code,
    action:
      direction && likely.length > 0
        ? `Not enough to tell for sure. Most likely ${eitherOf(likely)}: start at step ${STEP_OF_LAYER[likely[0]!]}. ${direction.share}`
        : UNKNOWN_ACTION,
  });
}
