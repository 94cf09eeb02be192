// The OpenAI-compatible API (/chat/completions), which several providers speak.
import {type Auth, PING, type PlannedCalls, request} from './plan.js';

/** The free probe this API is checked with: most list models, a router reads its key's info. */
export interface CheapProbe {
  label: string;
  path: string;
  parseModels(body: string): string[] | null;
}

export function chatCompletionsCalls(base: string, auth: Auth, cheap: CheapProbe): PlannedCalls {
  return {
    baseUrl: base,
    cheap: request({
      ...auth,
      label: cheap.label,
      method: 'GET',
      url: `${base}${cheap.path}`,
      billable: false,
    }),
    completion: (model) =>
      request({
        ...auth,
        label: `1-token completion with ${model}`,
        method: 'POST',
        url: `${base}/chat/completions`,
        body: JSON.stringify({
          model,
          messages: [{role: 'user', content: PING}],
          max_tokens: 1,
        }),
        billable: true,
      }),
    completionMissing: null,
    parseModels: cheap.parseModels,
  };
}
