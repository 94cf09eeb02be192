// Provider-side message classes: studied corpus lines of each, then wordings of the same class
// that the corpus does not hold (other providers, other runtimes, other phrasings).
import {describe, expect, it} from 'vitest';
import type {Layer, Provider} from '../../source/core/vocabulary.js';
import {classifyError} from './classify-under-test.js';
import {loadCorpus} from './corpus-loader.js';

const studied = new Map(
  loadCorpus()
    .lines.filter((line) => line.split === 'tuning' || line.split === 'dev')
    .map((line) => [line.entry.id, line.entry]),
);

interface Paraphrase {
  text: string;
  layer: Layer;
  provider?: Provider;
}

const CLASSES: {name: string; ids: string[]; paraphrases: Paraphrase[]}[] = [
  {
    name: 'two parameters the model takes only one of are the request',
    ids: ['f-bedrock-5'],
    paraphrases: [
      {
        text: '`temperature` and `top_p` are mutually exclusive for this model',
        layer: 'request',
        provider: 'anthropic',
      },
      {
        text: 'Only one of max_tokens or max_completion_tokens may be set. Please use only one.',
        layer: 'request',
        provider: 'openai',
      },
      {text: 'temperature and top_p cannot be used together for claude-opus-4-1', layer: 'request'},
    ],
  },
  {
    name: 'expired or unrefreshed provider credentials are the provider key',
    ids: ['f-bedrock-8'],
    paraphrases: [
      {
        text: 'Error when retrieving token from sso: Token has expired and refresh failed',
        layer: 'provider-key',
        provider: 'bedrock',
      },
      {
        text: 'botocore.exceptions.UnauthorizedSSOTokenError: The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.',
        layer: 'provider-key',
      },
      {
        text: 'google.auth.exceptions.RefreshError: Reauthentication is needed. Please run `gcloud auth application-default login` to reauthenticate.',
        layer: 'provider-key',
        provider: 'google',
      },
    ],
  },
  {
    name: 'a model past its life or one a local server cannot load is the model',
    ids: ['f-bedrock-11', 'f-gateway-5'],
    paraphrases: [
      {
        text: 'Access denied: the model claude-2.1 is marked as legacy and no longer available to new customers',
        layer: 'model',
        provider: 'bedrock',
      },
      {
        text: 'llama_model_load: error loading model: unable to allocate 4.2 GiB buffer',
        layer: 'model',
      },
      {
        text: 'Failed to load the model "qwen2.5-32b-instruct": insufficient system resources',
        layer: 'model',
      },
    ],
  },
  {
    name: 'a model with no free tier is billing',
    ids: ['f-google-4'],
    paraphrases: [
      {
        text: '429 gemini-2.5-pro has no free quota tier; enable billing on the project to use it',
        layer: 'quota',
        provider: 'google',
      },
    ],
  },
  {
    name: 'an account, organisation or project the provider barred is a permission',
    ids: ['f-google-14', 'f-openrouter-13'],
    paraphrases: [
      {
        text: 'Your account has been suspended for violating our Terms of Service.',
        layer: 'provider-permission',
        provider: 'openai',
      },
      {
        text: 'This project has been banned due to abuse. Contact support.',
        layer: 'provider-permission',
        provider: 'google',
      },
      {
        text: 'Gemini Code Assist has been disabled for your organization by an administrator',
        layer: 'provider-permission',
        provider: 'google',
      },
      {
        text: 'All providers have been excluded by your account settings for this model',
        layer: 'provider-permission',
        provider: 'openrouter',
      },
    ],
  },
  {
    name: 'a feature no provider of the model supports is the request',
    ids: ['f-openrouter-4'],
    paraphrases: [
      {
        text: 'No endpoints found that support image input',
        layer: 'request',
        provider: 'openrouter',
      },
      {
        text: '{"error":{"message":"No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing","code":404}}',
        layer: 'request',
        provider: 'openrouter',
      },
    ],
  },
  {
    name: 'a private-only Azure endpoint is the base URL Cursor can reach',
    ids: ['f-cursor-editor-5'],
    paraphrases: [
      {
        text: '403 Public access is disabled. Please configure private endpoint.',
        layer: 'base-url',
        provider: 'azure',
      },
    ],
  },
  {
    name: 'model access on Bedrock is granted to an identity: a permission first',
    ids: ['f-bedrock-2'],
    paraphrases: [
      {
        text: "AccessDeniedException: You don't have access to the model with the specified model ID.",
        layer: 'provider-permission',
        provider: 'bedrock',
      },
    ],
  },
  {
    name: 'a model served on another path of the API is the endpoint',
    ids: ['f-wrapped-9'],
    paraphrases: [
      {
        text: 'This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?',
        layer: 'base-url',
        provider: 'openai',
      },
    ],
  },
  {
    name: 'the model named missing, or refused for the request, is the model',
    ids: ['f-openai-8', 'f-wrapped-21', 'd-anthropic-6'],
    paraphrases: [
      {
        text: 'gpt-4.5-preview does not exist, or you do not have access to it.',
        layer: 'model',
        provider: 'openai',
      },
      {text: 'Error: model claude-3.7-sonnet is not supported for this request', layer: 'model'},
      {
        text: 'anthropic.NotFoundError: not_found_error - The requested resource could not be found.',
        layer: 'model',
        provider: 'anthropic',
      },
    ],
  },
  {
    name: 'a Bedrock body that lost its exception name still reads by its message',
    ids: ['f-wrapped-30'],
    paraphrases: [
      {
        text: 'litellm.AuthenticationError: BedrockException - {"message":"The security token included in the request is expired"}',
        layer: 'provider-key',
        provider: 'bedrock',
      },
    ],
  },
];

describe.each(CLASSES)('$name', ({ids, paraphrases}) => {
  it.each(ids)('%s', (id) => {
    const entry = studied.get(id);
    expect(entry, `${id} is studied`).toBeDefined();
    const result = classifyError({
      text: entry!.text,
      status: entry!.status,
      provider: entry!.provider,
    });
    expect(entry!.labels, `${id}: ${JSON.stringify(result)}`).toContain(result.layer);
  });

  it.each(paraphrases)('$text', ({text, layer, provider}) => {
    const result = classifyError({text, provider: provider ?? null});
    expect(result.layer, JSON.stringify(result)).toBe(layer);
  });
});
