// Gemini's calls: the model list and one generateContent.
import {
  type Auth,
  baseOf,
  type CallInput,
  type CallsResult,
  listIds,
  PING,
  request,
  listModelsRequest,
} from './plan.js';

export function planGeminiCalls(input: CallInput): CallsResult {
  const base = baseOf(input);
  // The key travels only in this header; a ?key= URL would land in logs and proxies.
  const auth: Auth = {
    headers: () => ({'x-goog-api-key': input.secret.reveal()}),
    curlHeaders: [`x-goog-api-key: $${input.envName}`],
  };
  return {
    ok: true,
    calls: {
      baseUrl: base,
      cheap: listModelsRequest(auth, `${base}/v1beta/models?pageSize=1000`),
      completion: (model) =>
        request({
          ...auth,
          label: `1-token generateContent with ${model}`,
          method: 'POST',
          url: `${base}/v1beta/models/${encodeURIComponent(model)}:generateContent`,
          body: JSON.stringify({
            contents: [{parts: [{text: PING}]}],
            generationConfig: {maxOutputTokens: 1},
          }),
          billable: true,
        }),
      completionMissing: null,
      parseModels: (body) => listIds(body, (json) => json.models as unknown[]),
    },
  };
}
