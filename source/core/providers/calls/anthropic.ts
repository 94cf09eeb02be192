// Anthropic's calls: the model list and one message. An OAuth token (Claude Code's) is sent as a
// bearer with the beta header that admits it; an API key goes in x-api-key.
import {
  type Auth,
  baseOf,
  type CallInput,
  type CallsResult,
  dataList,
  listIds,
  PING,
  request,
  listModelsRequest,
} from './plan.js';

const VERSION = '2023-06-01';
const OAUTH_BETA = 'oauth-2025-04-20';

function authOf(input: CallInput): Auth {
  if (input.secret.reveal().startsWith('sk-ant-oat')) {
    return {
      headers: () => ({
        authorization: `Bearer ${input.secret.reveal()}`,
        'anthropic-beta': OAUTH_BETA,
        'anthropic-version': VERSION,
      }),
      curlHeaders: [
        `Authorization: Bearer $${input.envName}`,
        `anthropic-beta: ${OAUTH_BETA}`,
        `anthropic-version: ${VERSION}`,
      ],
    };
  }
  return {
    headers: () => ({'x-api-key': input.secret.reveal(), 'anthropic-version': VERSION}),
    curlHeaders: [`x-api-key: $${input.envName}`, `anthropic-version: ${VERSION}`],
  };
}

export function planAnthropicCalls(input: CallInput): CallsResult {
  const base = baseOf(input);
  const auth = authOf(input);
  return {
    ok: true,
    calls: {
      baseUrl: base,
      cheap: listModelsRequest(auth, `${base}/v1/models?limit=1000`),
      completion: (model) =>
        request({
          ...auth,
          label: `1-token message with ${model}`,
          method: 'POST',
          url: `${base}/v1/messages`,
          body: JSON.stringify({
            model,
            max_tokens: 1,
            messages: [{role: 'user', content: PING}],
          }),
          billable: true,
        }),
      completionMissing: null,
      parseModels: (body) => listIds(body, dataList),
    },
  };
}
