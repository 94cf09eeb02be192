// Judges the model selected in Cursor against the models the key can use: typos, retired
// models, reasoning models OpenAI BYOK does not cover, and models gated by plan or access.
import type {Layer, Provider} from '../vocabulary.js';
import {providerSpec} from './registry/index.js';

export interface ModelVerdict {
  status: 'pass' | 'fail' | 'warn' | 'unknown';
  layer: Layer | null;
  line: string;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = temp;
    }
  }
  return row[b.length]!;
}

function normalise(provider: Provider, model: string): string {
  const trimmed = model.trim().replace(/^models\//, '');
  const prefix = providerSpec(provider).models.prefix;
  return prefix ? trimmed.replace(prefix, '') : trimmed;
}

/** Listed exactly, or as a dated snapshot of an alias (claude-haiku-4-5 → claude-haiku-4-5-2025…). */
function isListed(model: string, models: readonly string[]): boolean {
  return models.some((id) => id === model || id.startsWith(`${model}-`));
}

function nearest(model: string, models: readonly string[]): string | null {
  let best: {id: string; distance: number} | null = null;
  for (const id of models) {
    const distance = editDistance(model.toLowerCase(), id.toLowerCase());
    if (!best || distance < best.distance) best = {id, distance};
  }
  const limit = Math.max(2, Math.floor(model.length / 8));
  return best && best.distance > 0 && best.distance <= limit ? best.id : null;
}

export function checkModel(
  provider: Provider,
  selected: string,
  models: readonly string[] | null,
): ModelVerdict {
  const rules = providerSpec(provider).models;
  const model = normalise(provider, selected);
  const retired = rules.retired?.pattern.test(model) ? rules.retired : null;
  const listed = models ? isListed(model, models) : false;
  if (retired && !listed) {
    return {
      status: 'fail',
      layer: 'model',
      line: `${selected} is retired; select ${retired.use} instead`,
    };
  }
  if (rules.notInCursor?.pattern.test(model)) {
    return {status: 'warn', layer: 'feature', line: `${selected} ${rules.notInCursor.why}`};
  }
  if (!models) {
    return {
      status: 'unknown',
      layer: null,
      line: `${selected}: this provider gives no model list to compare with`,
    };
  }
  if (listed) return {status: 'pass', layer: null, line: `${selected} is available to this key`};
  const close = nearest(model, models);
  if (close) {
    return {
      status: 'fail',
      layer: 'model',
      line: `${selected} is not a model this key can use; did you mean ${close}?`,
    };
  }
  if (rules.family?.test(model)) {
    return {
      status: 'fail',
      layer: 'model',
      line: `${selected} is not offered to this key: it may need another plan or usage tier, model access, or another region`,
    };
  }
  return {status: 'fail', layer: 'model', line: `${selected} is not a model this key can use`};
}
