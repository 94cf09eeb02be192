// OpenAI's calls: the model list and one chat completion, with the organization and project the
// SDK sends when they are set.
import {chatCompletionsCalls} from './chat-completions.js';
import {baseOf, type CallInput, type CallsResult, dataList, envValue, listIds} from './plan.js';

export function planOpenAiCalls(input: CallInput): CallsResult {
  const org = envValue(input.env, 'OPENAI_ORG_ID');
  const project = envValue(input.env, 'OPENAI_PROJECT_ID');
  const auth = {
    headers: () => {
      const h: Record<string, string> = {authorization: `Bearer ${input.secret.reveal()}`};
      if (org) h['openai-organization'] = org;
      if (project) h['openai-project'] = project;
      return h;
    },
    curlHeaders: [
      `Authorization: Bearer $${input.envName}`,
      ...(org ? ['OpenAI-Organization: $OPENAI_ORG_ID'] : []),
      ...(project ? ['OpenAI-Project: $OPENAI_PROJECT_ID'] : []),
    ],
  };
  const calls = chatCompletionsCalls(baseOf(input), auth, {
    label: 'list models',
    path: '/models',
    parseModels: (body) => listIds(body, dataList),
  });
  return {ok: true, calls};
}
