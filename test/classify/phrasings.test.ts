// Phrasings the corpus does not hold, each copied from the public thread named next to it: the
// rules must read what a message means, not only the wordings they were tuned on.
import {describe, expect, it} from 'vitest';
import type {Layer, Provider} from '../../source/core/vocabulary.js';
import {classifyError} from './classify-under-test.js';

interface Phrasing {
  source: string;
  text: string;
  layer: Layer;
  provider?: Provider;
}

const PHRASINGS: Phrasing[] = [
  {
    source: 'https://github.com/anthropics/claude-code/issues/12064',
    text: 'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.1.content.12.image.source.base64.data: Image does not match the provided media type image/jpeg"},"request_id":"req_011CVLUiLeDuuKjBZjXQXDe1"}',
    layer: 'request',
  },
  {
    source: 'https://github.com/SakanaAI/AI-Scientist/issues/151',
    text: 'litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=glm-4-plus',
    layer: 'model',
  },
  {
    source: 'https://github.com/ollama/ollama/issues/11193',
    text: '{"error":"\\"llava:7b\\" does not support chat"}',
    layer: 'model',
  },
  {
    source: 'https://github.com/leonzzz435/garmin-ai-coach/issues/37',
    text: 'This request would exceed the rate limit for your organization (cb8da21d-b5b2-462a-b5aa-c5a430865a8c) of 8,000 output tokens per minute.',
    layer: 'rate-limit',
  },
  {
    // Anthropic's own spend limit, not Cursor's usage limit, though both say "usage limits".
    source: 'https://github.com/anthropics/claude-code/issues/2127',
    text: 'You have reached your specified API usage limits. You will regain access on 2025-07-01 at 00:00 UTC.',
    layer: 'quota',
  },
  {
    source: 'https://github.com/artificial-julien/docker-nginx-openai-api-cache/issues/2',
    text: "NotFoundError: Error code: 404 - {'error': {'type': 'invalid_request_error', 'code': 'unknown_url', 'message': 'Unknown request URL: POST /chat/completions. Please check the URL for typos, or see the docs at https://platform.openai.com/docs/api-reference/.', 'param': None}}",
    layer: 'base-url',
  },
  {
    // Pydantic's wording for a field of the request, with the field's path.
    source: 'https://github.com/anthropics/claude-code/issues/8184',
    text: 'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.36.content.2.image.source.base64.media_type: Input should be \'image/jpeg\', \'image/png\', \'image/gif\' or \'image/webp\'"},"request_id":"req_011CTVLbfU2MBNLj9XeXTaMr"}',
    layer: 'request',
  },
  {
    source: 'https://github.com/danny-avila/LibreChat/issues/12804',
    text: '[api/server/controllers/agents/client.js #sendCompletion] Operation aborted 400 Failed to deserialize the JSON body into the target type: tools[0]: missing field `function` at line 1 column 2949',
    layer: 'request',
  },
  {
    source: 'https://github.com/Gitlawb/openclaude/issues/922',
    text: 'API Error: OpenAI API error 400: {"error":{"message":"The `reasoning_content` in the thinking mode must be passed back to the API.","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}',
    layer: 'request',
  },
  {
    // FastAPI's own answer for a route it does not have.
    source: 'https://github.com/langchain4j/langchain4j/issues/2589',
    text: 'Exception was thrown on attempt 2 of 3 dev.ai4j.openai4j.OpenAiHttpException: {"detail":"Not Found"}',
    layer: 'base-url',
  },
  {
    // A proxy asking for its own credentials is the network, not a login.
    source: 'https://github.com/dsdanielpark/Bard-API/issues/245',
    text: "HTTPSConnectionPool(host='bard.google.com', port=443): Max retries exceeded with url: / (Caused by ProxyError('Unable to\nconnect to proxy', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))",
    layer: 'network',
  },
  {
    // Azure RBAC: a valid identity without the role; the code says permission, not a bad key.
    source: 'providers.md §7: Azure 401 PermissionDenied',
    text: "Error code: 401 - {'error': {'code': 'PermissionDenied', 'message': 'The principal `0000-1111` lacks the required data action `Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action` to perform `POST /openai/deployments/{deployment-id}/chat/completions` operation.'}}",
    layer: 'provider-permission',
    provider: 'azure',
  },
  {
    // A base URL without its scheme, in Python's requests.
    source: 'https://github.com/raiden-network/raiden/issues/2097',
    text: "requests.exceptions.InvalidSchema: No connection adapters were found for '127.0.0.1:8545'",
    layer: 'base-url',
  },
  {
    source: 'https://github.com/hncboy/ai-beehive/issues/44',
    text: 'java.net.ConnectException: Failed to connect to api.openai.com/[2a03:2880:f126:83:face:b00c:0:25de]:443',
    layer: 'network',
  },
  {
    source: 'https://github.com/alfianlosari/chatgpt_api_dart/issues/2',
    text: 'Failed host lookup: `api.openai.com`',
    layer: 'network',
  },
  {
    // A proxy tunnel refused, in Java's words.
    source: 'https://github.com/asleepyfish/chatgpt/issues/13',
    text: 'java.io.IOException: Unexpected response code for CONNECT: 400',
    layer: 'network',
  },
  {
    // one-api/new-api relays: the relay's own balance, under a code of their own.
    source: 'https://github.com/popjane/free_chatgpt_api/issues/78',
    text: "An error occurred: Error code: 403 - {'error': {'message': 'user quota is not enough (request id: 202502281247138307582052662997)', 'type': 'v_api_error', 'param': '', 'code': 'insufficient_user_quota'}}",
    layer: 'quota',
  },
  {
    source: 'https://github.com/BerriAI/litellm/issues/10083',
    text: "litellm.BadRequestError: OpenAIException - An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: call_DAZJkqyYW8JTJdkO76E5MoPH",
    layer: 'request',
  },
];

describe('phrasings outside the corpus', () => {
  it.each(PHRASINGS.map((p) => [p.source, p] as const))('%s', (_source, p) => {
    const result = classifyError({text: p.text, provider: p.provider ?? null});
    expect(result.layer, JSON.stringify(result)).toBe(p.layer);
  });
});

describe('whose service failed', () => {
  it("a 5xx known to be Cursor's is Cursor's service, not the provider's", () => {
    const text = 'Request failed with status code 503';
    expect(classifyError({text, provider: 'cursor'}).layer).toBe('cursor-service');
    expect(classifyError({text, provider: 'openai'}).layer).toBe('provider-outage');
  });

  it('"Too many requests, please slow down" is a rate limit; OpenAI\'s "Slow Down" 503 is not', () => {
    expect(classifyError({text: 'Too many requests. Please slow down.'}).layer).toBe('rate-limit');
    expect(classifyError({text: '503 Slow Down', provider: 'openai'}).layer).toBe(
      'provider-outage',
    );
  });
});
