// Azure OpenAI's calls: each resource has its own endpoint, and a completion goes to a deployment
// the person named, not to a model.
import {
  type Auth,
  type CallInput,
  type CallsResult,
  envValue,
  PING,
  request,
  trimSlash,
  listModelsRequest,
} from './plan.js';

export function planAzureCalls(input: CallInput): CallsResult {
  if (!input.base) {
    return {
      ok: false,
      reason:
        'AZURE_OPENAI_ENDPOINT is not set: an Azure key can only be tested against its resource (https://<resource>.openai.azure.com).',
    };
  }
  const version = envValue(input.env, 'OPENAI_API_VERSION') ?? '2024-10-21';
  const base = `${trimSlash(input.base).replace(/\/openai$/, '')}/openai`;
  const deployment = input.selectedModel ?? envValue(input.env, 'AZURE_OPENAI_DEPLOYMENT');
  const auth: Auth = {
    headers: () => ({'api-key': input.secret.reveal()}),
    curlHeaders: [`api-key: $${input.envName}`],
  };
  return {
    ok: true,
    calls: {
      baseUrl: base,
      cheap: listModelsRequest(auth, `${base}/models?api-version=${encodeURIComponent(version)}`),
      completion: deployment
        ? () =>
            request({
              ...auth,
              label: `1-token completion on deployment ${deployment}`,
              method: 'POST',
              url: `${base}/deployments/${encodeURIComponent(deployment)}/chat/completions?api-version=${encodeURIComponent(version)}`,
              body: JSON.stringify({messages: [{role: 'user', content: PING}], max_tokens: 1}),
              billable: true,
            })
        : null,
      completionMissing: deployment
        ? null
        : 'AZURE_OPENAI_DEPLOYMENT is not set, so no deployment could be called',
      defaultModel: deployment,
      // Azure lists base models, not deployments: no use for a deployment-name check.
      parseModels: () => null,
    },
  };
}
