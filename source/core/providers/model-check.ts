// Judges the model selected in Cursor against the models the key can use: typos, retired
// models, reasoning models OpenAI BYOK does not cover, and models gated by plan or access.
import type {Layer, Provider} from '../vocabulary.js';

export interface ModelVerdict {
  status: 'pass' | 'fail' | 'warn' | 'unknown';
  layer: Layer | null;
  line: string;
}

// Retirements as announced by the vendors (inferred from their deprecation pages; extend as
// models retire). Cursor's own old Verify model, gemini-1.0-pro, is the classic case.
const RETIRED: readonly {provider: Provider; pattern: RegExp; use: string}[] = [
  {
    provider: 'google',
    pattern:
      /^(?:models\/)?gemini-(?:1\.0-pro|pro|pro-vision|1\.5-(?:pro|flash)(?:-8b)?)(?:-\d+|-latest)?$/,
    use: 'gemini-2.5-flash',
  },
  {
    provider: 'openai',
    pattern:
      /^(?:text-davinci-\d+|code-davinci-\d+|gpt-3\.5-turbo-(?:0301|0613|16k-0613)|gpt-4-(?:0314|32k.*|vision-preview)|gpt-4\.5-preview.*)$/,
    use: 'gpt-4.1 or gpt-4o',
  },
  {
    provider: 'anthropic',
    pattern:
      /^claude-(?:instant-.*|2(?:\.\d)?|3-sonnet-20240229|3-opus-20240229|3-5-sonnet-2024\d{4})$/,
    use: 'claude-sonnet-4-5',
  },
];

/** Reasoning models: Cursor's OpenAI BYOK covers only standard, non-reasoning chat models. */
const OPENAI_REASONING = /^(?:o\d(?:-[a-z0-9-]+)?|gpt-5(?:[.-][a-z0-9.-]+)?|codex-.*)$/;

/** Names that look like real models of the provider, so an absence means access, not a typo. */
const KNOWN_FAMILY: Partial<Record<Provider, RegExp>> = {
  openai: /^(?:gpt-|o\d|chatgpt-)/,
  anthropic: /^claude-/,
  google: /^gemini-/,
  bedrock: /^(?:anthropic|amazon|meta|mistral|cohere|ai21|deepseek)\./,
};

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
  // Bedrock inference profiles put a geography in front of the model id.
  return provider === 'bedrock'
    ? trimmed.replace(/^(?:us|eu|apac|global|jp|au|us-gov)\./, '')
    : trimmed;
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
  const model = normalise(provider, selected);
  const retired = RETIRED.find((entry) => entry.provider === provider && entry.pattern.test(model));
  const listed = models ? isListed(model, models) : false;
  if (retired && !listed) {
    return {
      status: 'fail',
      layer: 'model',
      line: `${selected} is retired; select ${retired.use} instead`,
    };
  }
  if (provider === 'openai' && OPENAI_REASONING.test(model)) {
    return {
      status: 'warn',
      layer: 'feature',
      line: `${selected} is a reasoning model: Cursor's OpenAI BYOK covers standard, non-reasoning chat models, so it does not run on this key`,
    };
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
  if (KNOWN_FAMILY[provider]?.test(model)) {
    return {
      status: 'fail',
      layer: 'model',
      line: `${selected} is not offered to this key: it may need another plan or usage tier, model access, or another region`,
    };
  }
  return {status: 'fail', layer: 'model', line: `${selected} is not a model this key can use`};
}
