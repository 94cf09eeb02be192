// Providers' refusals read by meaning: each class is pinned by the studied corpus lines that showed
// it (tuning and dev) and by paraphrases no corpus line holds (other providers, other SDKs' wrappers,
// other payload shapes), so a rule that only knows one thread's words fails here.
import {describe, expect, it} from 'vitest';
import type {Layer, Provider} from '../../source/core/vocabulary.js';
import {classifyError} from './classify-under-test.js';
import {loadCorpus, STUDIED_SPLITS} from './corpus-loader.js';

const studied = new Map(
  loadCorpus()
    .lines.filter((line) => STUDIED_SPLITS.includes(line.split))
    .map((line) => [line.entry.id, line.entry]),
);

interface Paraphrase {
  text: string;
  layer: Layer;
  provider?: Provider;
  status?: number;
}

interface MeaningClass {
  corpus: string[];
  paraphrases: Paraphrase[];
}

const CLASSES: Record<string, MeaningClass> = {
  'a machine code that names the cause outranks the words of the message': {
    corpus: ['f-wrapped-21', 'e-wrapped-16', 'f-openai-10'],
    paraphrases: [
      {
        text: '{"error":{"message":"The requested model is not available for this request.","code":"model_not_supported","param":"model","type":"invalid_request_error"}}',
        layer: 'model',
        status: 400,
      },
      {
        text: '{"error":{"message":"This request cannot be served.","type":"invalid_request_error","param":"model","code":"model_not_found"}}',
        layer: 'model',
        status: 400,
      },
      // A refused value's code says how, not why: the message says why.
      {
        text: '{"error":{"message":"Your organization must be verified to generate reasoning summaries for this model.","type":"invalid_request_error","param":"reasoning.summary","code":"unsupported_value"}}',
        layer: 'provider-permission',
        status: 400,
      },
    ],
  },
  "Anthropic's not-found names the model, however a wrapper relays it; a bare Not Found is the path":
    {
      corpus: ['e-wrapped-12', 'd-anthropic-6'],
      paraphrases: [
        {
          text: 'Error: 404 {"type":"error","error":{"type":"not_found_error","message":"claude-opus-4-0-20250101"}}',
          layer: 'model',
        },
        {
          text: "anthropic.NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'claude-3-opus-latest'}}",
          layer: 'model',
        },
        {
          text: '{"type":"error","error":{"type":"not_found_error","message":"Not Found"},"request_id":"req_011CSynth"}',
          layer: 'base-url',
          status: 404,
        },
      ],
    },
  'a spend limit set on the key or account is quota, even under a 403': {
    corpus: [],
    paraphrases: [
      {
        text: 'APIStatusError: 403 {"error":{"message":"Key limit exceeded. Raise the limit of this key at https://openrouter.ai/settings/keys","code":403}}',
        layer: 'quota',
      },
      {
        text: '403 {"error":{"message":"This key has reached its spend limit.","code":403}}',
        layer: 'quota',
        provider: 'openrouter',
      },
      {
        text: 'litellm.BudgetExceededError: Budget has been exceeded! Current cost: 10.2, Max budget: 10.0',
        layer: 'quota',
      },
    ],
  },
  "an SDK's PermissionDenied class is only the status: the message inside says which layer": {
    corpus: ['d-google-9'],
    paraphrases: [
      {
        text: "google.api_core.exceptions.PermissionDenied: 403 Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        layer: 'provider-key',
      },
      {
        text: 'google.api_core.exceptions.PermissionDenied: 403 API key not valid. Please pass a valid API key.',
        layer: 'provider-key',
      },
      {
        text: 'google.api_core.exceptions.PermissionDenied: 403 Your project has been denied access. Please contact support.',
        layer: 'provider-permission',
      },
    ],
  },
};

describe.each(Object.entries(CLASSES))('%s', (_name, {corpus, paraphrases}) => {
  it.each(corpus)('corpus %s', (id) => {
    const entry = studied.get(id);
    expect(entry, `${id} is a studied line`).toBeDefined();
    const result = classifyError({
      text: entry!.text,
      status: entry!.status,
      provider: entry!.provider,
    });
    expect(entry!.labels, JSON.stringify(result)).toContain(result.layer);
  });

  it.each(paraphrases.map((p) => [p.text.slice(0, 70), p] as const))('%s', (_short, p) => {
    const result = classifyError({
      text: p.text,
      provider: p.provider ?? null,
      status: p.status ?? null,
    });
    expect(result.layer, JSON.stringify(result)).toBe(p.layer);
  });
});
