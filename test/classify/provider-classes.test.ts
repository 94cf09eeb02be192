// Provider-side message classes: studied corpus lines of each, then wordings of the same class
// that the corpus does not hold (other providers, other runtimes, other phrasings).
import {describe, it} from 'vitest';
import {describeMeaningClass, expectParaphrase, type Paraphrase} from './meaning-harness.js';

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
  {
    name: "a local proxy's port, in curl's words too, is the network; a local server's is the base URL",
    ids: ['e-sdk-network-15'],
    paraphrases: [
      {
        text: 'curl: (7) Failed to connect to localhost port 1080: Connection refused',
        layer: 'network',
      },
      {
        text: "Failed to connect to 127.0.0.1 port 7890 after 0 ms: Couldn't connect to server",
        layer: 'network',
      },
      {
        text: 'Failed to connect to localhost port 11434 after 0 ms: Connection refused',
        layer: 'base-url',
      },
    ],
  },
  {
    name: 'a key variable that is missing or empty is the provider key',
    ids: ['e-wrapped-6'],
    paraphrases: [
      {
        text: 'Error: ANTHROPIC_API_KEY environment variable is not set',
        layer: 'provider-key',
        provider: 'anthropic',
      },
      {
        text: 'GEMINI_API_KEY is empty; set it in your .env',
        layer: 'provider-key',
        provider: 'google',
      },
    ],
  },
  {
    name: 'a body naming the model missing, or a validation of the model id, is the model',
    ids: ['e-wrapped-12', 'e-bedrock-6'],
    paraphrases: [
      {
        text: '{"type":"error","error":{"type":"not_found_error","message":"claude-3-opus-20240229"}}',
        layer: 'model',
        provider: 'anthropic',
      },
      {
        text: "ValidationException: 1 validation error detected: Value 'claude-3' at 'modelId' failed to satisfy constraint: Member must have length less than or equal to 2048",
        layer: 'model',
        provider: 'bedrock',
      },
    ],
  },
  {
    name: "OpenRouter's data policy excluding every provider is a permission",
    ids: ['e-openrouter-1'],
    paraphrases: [
      {
        text: '{"error":{"message":"No endpoints found matching your data policy (Free model publication). Configure: https://openrouter.ai/settings/privacy","code":404}}',
        layer: 'provider-permission',
        provider: 'openrouter',
      },
    ],
  },
  {
    name: 'a path or operation the server does not have is the base URL',
    ids: ['e-bedrock-7', 'e-gateway-2'],
    paraphrases: [
      {
        text: '{"message":"The requested operation is not recognized by the service."}',
        layer: 'base-url',
        provider: 'bedrock',
      },
      {text: 'LM Studio server responded with status code 404', layer: 'base-url'},
      {
        text: 'Error: Request to http://localhost:8080/v1/chat/completions failed: 404 Not Found',
        layer: 'base-url',
      },
    ],
  },
  {
    name: "a local server's placeholder key refused by OpenAI is a base URL never set",
    ids: ['e-gateway-9'],
    paraphrases: [
      {
        text: "Error code: 401 - {'error': {'message': 'Incorrect API key provided: EMPTY. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
        layer: 'base-url',
        provider: 'openai',
      },
      {
        text: 'Incorrect API key provided: ollama. You can find your API key at https://platform.openai.com/account/api-keys.',
        layer: 'base-url',
      },
      {
        text: 'Incorrect API key provided: undefined. You can find your API key at https://platform.openai.com/account/api-keys.',
        layer: 'provider-key',
        provider: 'openai',
      },
    ],
  },
  {
    name: "relay gateways' own words (one-api, new-api) read by meaning",
    ids: ['f-gateway-8', 'e-gateway-7', 'h-gateway-7'],
    paraphrases: [
      // The relay's own error type is no OpenAI body, whatever status carried it.
      {
        text: '503 {"error":{"message":"当前分组 vip 下对于模型 claude-3-5-sonnet 无可用渠道","type":"new_api_error"}}',
        layer: 'model',
      },
      {
        text: '500 {"error":{"message":"该令牌额度已用尽","type":"new_api_error","param":"","code":null}}',
        layer: 'quota',
      },
      {text: '余额不足，请充值后再试', layer: 'quota'},
      {text: '请求过于频繁，请稍后再试', layer: 'rate-limit'},
      {text: '无效的令牌 (request id: 20240814085932621233005)', layer: 'provider-key'},
      {text: '当前分组 vip 下对于模型 gpt-4o 无可用渠道', layer: 'model'},
      // A token switched off, its group disabled, a key said invalid with a space, load and pace.
      {text: '该令牌状态不可用 (request id: 20241201)', layer: 'provider-key'},
      {text: '令牌分组 default 已被禁用', layer: 'provider-permission'},
      {text: 'api key 无效', layer: 'provider-key'},
      {text: '当前模型 gpt-4o 负载已经饱和，请稍后再试', layer: 'rate-limit'},
      {text: '请求频率过高', layer: 'rate-limit'},
    ],
  },
  {
    name: 'a body the provider could not read is this request, not the endpoint',
    ids: ['j-anthropic-101'],
    paraphrases: [
      {
        text: '400 {"error":{"message":"We could not parse the JSON body of your request.","type":"invalid_request_error"}}',
        layer: 'request',
      },
      {text: 'Error 400: invalid request body: unexpected EOF', layer: 'request'},
      {text: 'HTTP 400: failed to decode request body as JSON', layer: 'request'},
    ],
  },
  {
    name: 'a gateway told no model, or a model it has no entry for, is the model',
    ids: ['j-gateway-104'],
    paraphrases: [
      {
        text: 'litellm.BadRequestError: Invalid model name passed in model=gpt-4o-mini. Call `/v1/models` to view available models for your key.',
        layer: 'model',
      },
      {
        text: "400: You passed in model=None. There is no 'model_name' with this string",
        layer: 'model',
      },
    ],
  },
  {
    name: 'a 401 said outright is the key, even when the tool guesses the service is down',
    ids: ['j-wrapped-102'],
    paraphrases: [
      {
        text: 'Upstream returned 401. The service may be temporarily unavailable, try again later.',
        layer: 'provider-key',
      },
      // A 5xx beside the guess keeps it an outage.
      {
        text: 'Server returned 503 — the LLM endpoint may be temporarily unavailable.',
        layer: 'provider-outage',
      },
    ],
  },
  {
    name: "Bun's word for a dropped connection is the network",
    ids: ['j-sdk-network-103'],
    paraphrases: [
      {
        text: 'error: The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()',
        layer: 'network',
      },
    ],
  },
  {
    name: 'a key said to be suspended is the key, not a permission',
    ids: [],
    paraphrases: [
      {text: 'Your API key has been suspended. Contact support.', layer: 'provider-key'},
      {
        text: "Permission denied: Consumer 'api_key:xxxx' has been suspended.",
        layer: 'provider-key',
      },
    ],
  },
  {
    name: 'a 404 whose whole message is "Not Found" is the path, not the model',
    ids: ['i-wrapped-20', 'i-azure-7'],
    paraphrases: [
      {text: '404 {"error":{"message":"Not Found","type":"not_found"}}', layer: 'base-url'},
      {text: "openai.NotFoundError: {'message': 'Not Found', 'status': 404}", layer: 'base-url'},
      // A .NET client's namespace is no model name.
      {
        text: 'System.ClientModel.ClientResultException: HTTP 404 (: 404) Resource not found',
        layer: 'base-url',
      },
      {text: '{"message": "Not Found", "code": 404, "model": "gpt-4o-mini"}', layer: 'base-url'},
    ],
  },
  {
    name: "a server's own record of a path it has no route for is the base URL",
    ids: ['h-gateway-2', 'h-gateway-4'],
    paraphrases: [
      {
        text: '{"time":"2025-05-01T10:00:00Z","level":"info","method":"POST","uri":"/v1/api/chat","status":404,"latency":"1ms"}',
        layer: 'base-url',
      },
      {
        text: '{"timestamp":1718000000000,"status":404,"error":"Not Found","message":"No static resource v1/messages.","path":"/v1/messages"}',
        layer: 'base-url',
      },
      {
        text: '[GIN] 2025/05/01 - 10:00:00 | 404 |  1.2ms | ::1 | POST "/v1/chat/completions/v1"',
        layer: 'base-url',
      },
    ],
  },
  {
    name: 'a request feature the server must be started with a flag to serve is the request',
    ids: ['h-wrapped-18'],
    paraphrases: [
      {
        text: 'tool_choice=auto requires the server to run with --tool-call-parser hermes',
        layer: 'request',
      },
      {
        text: 'Structured outputs need --guided-decoding-backend set when the server starts',
        layer: 'request',
      },
      {
        text: 'reasoning output requires --reasoning-parser to be set',
        layer: 'request',
      },
    ],
  },
  {
    name: 'a certificate no trusted root signed is the network, whatever status carried it',
    ids: ['h-sdk-network-14'],
    paraphrases: [
      {
        text: 'upstream returned 502: Post "https://generativelanguage.googleapis.com/v1beta/models": x509: certificate signed by unknown authority',
        layer: 'network',
      },
      {
        text: 'HTTP 500 Internal Server Error - javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target',
        layer: 'network',
      },
      {
        text: '{"status":503,"error":"The SSL connection could not be established: the remote certificate was rejected, its chain ends in an UntrustedRoot"}',
        layer: 'network',
      },
    ],
  },
  {
    name: 'a request rate or frequency said to be too high is the rate limit',
    ids: ['h-bedrock-3'],
    paraphrases: [
      {
        text: 'Request frequency too high for this key. Please lower the rate of calls and try again later.',
        layer: 'rate-limit',
      },
      {
        text: 'Error: call rate exceeded on deployment gpt-4o-mini; reduce the frequency of your requests.',
        layer: 'rate-limit',
        provider: 'azure',
      },
      {
        text: 'The invocation rate was too high for model amazon.nova-pro. Send requests less often.',
        layer: 'rate-limit',
        provider: 'bedrock',
      },
    ],
  },
  {
    name: 'a 404 saying only "Not Found", the model named only as what was asked, is the path',
    ids: ['h-gateway-1', 'h-wrapped-26'],
    paraphrases: [
      {text: 'APIError: 404 Not Found (model: qwen2.5-coder)', layer: 'base-url'},
      {
        text: 'HTTP 404 - Not Found. Requested model group: mistral-large',
        layer: 'base-url',
      },
      {text: '{"detail":"404: Not Found","model":"llama3.1:8b"}', layer: 'base-url'},
    ],
  },
  {
    name: "a model the account's data-retention setting does not allow is a permission",
    ids: ['h-bedrock-11'],
    paraphrases: [
      {
        text: 'Zero data retention is enabled for your organization and this model is not available under ZDR.',
        layer: 'provider-permission',
      },
      {
        text: 'This model cannot be used with the data retention setting on your account',
        layer: 'provider-permission',
      },
      {
        text: "data retention mode 'none' is not supported for model gpt-5 in this workspace",
        layer: 'provider-permission',
        provider: 'openai',
      },
    ],
  },
  {
    name: 'an identity without authorization for an action on a scope is a permission',
    ids: ['h-azure-3', 'h-azure-4', 'h-azure-5'],
    paraphrases: [
      {
        text: "Code: AuthorizationFailed. The principal 'svc-build' lacks authorization to perform action 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action' on this resource.",
        layer: 'provider-permission',
        provider: 'azure',
      },
      {
        text: 'Request failed: the caller does not have authorization to run inference on the endpoint projects/acme/locations/us-central1/endpoints/42',
        layer: 'provider-permission',
      },
      {
        text: 'User arn:aws:sts::123456789012:assumed-role/dev/ci has no authorization to invoke bedrock:InvokeModelWithResponseStream on resource foundation-model/anthropic.claude-3-haiku',
        layer: 'provider-permission',
        provider: 'bedrock',
      },
    ],
  },
  {
    name: 'a server or client saying the endpoint, path or URL itself is wrong is the base URL',
    ids: ['d-wrapped-52', 'g-openai-12'],
    paraphrases: [
      {
        text: 'APIError: Unexpected endpoint or method. (POST /v1/chat/completions)',
        layer: 'base-url',
      },
      {
        text: '{"error":"Unexpected endpoint or method. (POST /api/chat/completions)"}',
        layer: 'base-url',
      },
      {text: 'TypeError: Only absolute URLs are supported', layer: 'base-url'},
      {text: "TypeError: Failed to construct 'URL': Invalid URL", layer: 'base-url'},
      {text: 'Error: unknown endpoint /v1/responses', layer: 'base-url'},
    ],
  },
  {
    name: 'an API version refused, in any spelling of the word, is the base URL',
    ids: ['c-azure-5', 'k-azure-1'],
    paraphrases: [
      {
        text: 'The api_version is not supported: 2025-01-01. Supported versions: 2024-10-21',
        layer: 'base-url',
      },
      {text: 'Error: unsupported apiVersion "2023-05-15" for this deployment', layer: 'base-url'},
    ],
  },
  {
    name: 'a model ID or identifier said to be invalid is the model, however far apart the words',
    ids: ['c-bedrock-31', 'e-bedrock-3'],
    paraphrases: [
      {
        text: 'ValidationException: The model ID anthropic.claude-3-5-sonnet is not valid for this Region',
        layer: 'model',
      },
      {
        text: 'Error: model identifier "claude-sonnet-4" is invalid for this account',
        layer: 'model',
      },
    ],
  },
  {
    name: "a one-api/new-api gateway's own Chinese words for a missing key, a permission or a request-count limit",
    ids: ['f-gateway-8', 'f-gateway-9', 'g-gateway-11'],
    paraphrases: [
      {
        text: '{"error":{"message":"未提供令牌 (request id: 2025)","type":"new_api_error"}}',
        layer: 'provider-key',
      },
      {
        text: '{"error":{"message":"该令牌无权访问模型 gpt-4o","type":"new_api_error"}}',
        layer: 'provider-permission',
      },
      {
        text: '{"error":{"message":"您的账户已被禁用","type":"one_api_error"}}',
        layer: 'provider-permission',
      },
      {
        text: '{"error":{"message":"您已达到请求数限制：1分钟内最多请求 3 次","type":"new_api_error"}}',
        layer: 'rate-limit',
      },
    ],
  },
  {
    name: 'a gateway that cannot route the path it was sent is the base URL',
    ids: ['d-wrapped-54'],
    paraphrases: [
      {
        text: '{"success":false,"errors":[{"code":7003,"message":"Could not route to /client/v4/accounts/abc/ai/run, perhaps your object identifier is invalid?"}]}',
        layer: 'base-url',
      },
      {
        text: 'Error: unable to route the request: no upstream configured for path /openai/v1/chat/completions',
        layer: 'base-url',
      },
      {text: 'gateway: failed to route to /v1/messages', layer: 'base-url'},
    ],
  },
  {
    name: 'a model served only on another endpoint of the API is the base URL path',
    ids: ['f-wrapped-9'],
    paraphrases: [
      {
        text: 'This model is only supported in v1/responses and not in v1/chat/completions.',
        layer: 'base-url',
      },
      {
        text: 'Error code: 404 - {"error":{"message":"gpt-5-codex is only available via /v1/responses","type":"invalid_request_error"}}',
        layer: 'base-url',
      },
      {
        text: 'o1-pro cannot be used here; use the /v1/responses endpoint instead.',
        layer: 'base-url',
      },
    ],
  },
  {
    name: '"access denied" or "forbidden" that gives a bad or missing key as its reason is the key',
    ids: ['c-azure-9', 'g-azure-9'],
    paraphrases: [
      {
        text: '{"statusCode":401,"message":"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."}',
        layer: 'provider-key',
      },
      {
        text: '{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }',
        layer: 'provider-key',
      },
      {text: 'Forbidden: invalid API key', layer: 'provider-key'},
      {text: 'Access denied: expired access token', layer: 'provider-key'},
      // The reason is not the key: still a permission.
      {text: 'Access denied: you do not have access to this model', layer: 'provider-permission'},
    ],
  },
  {
    name: 'a balance, credit or quota said to be too low or used up, in either word order, is the quota',
    ids: ['c-gateway-2', 'g-gateway-3', 'd-anthropic-38'],
    paraphrases: [
      {
        text: '{"error":{"message":"user quota is not enough","type":"one_api_error"}}',
        layer: 'quota',
      },
      {
        text: '{"code":"InsufficientBalance","message":"Account balance is not enough"}',
        layer: 'quota',
      },
      {
        text: 'Error: 403 {"error":{"message":"Your account balance is insufficient, please recharge","type":"invalid_request_error"}}',
        layer: 'quota',
      },
      {
        text: 'Your prepaid credits have been used up. Please add funds to continue.',
        layer: 'quota',
      },
      {text: 'The token quota for this key has been exhausted', layer: 'quota'},
      {
        text: 'billing_hard_limit_reached: You have reached your hard billing limit',
        layer: 'quota',
      },
      {
        text: '{"error":{"code":"Arrearage","message":"Access denied, please make sure your account is in good standing.","type":"Arrearage"}}',
        layer: 'quota',
      },
    ],
  },
  {
    name: "Bedrock's exceptions for a failure on its side, the model's stream among them, are an outage",
    ids: ['c-bedrock-35', 'c-bedrock-36'],
    paraphrases: [
      {text: 'ModelStreamErrorException: The model stream had an error', layer: 'provider-outage'},
      {
        text: 'An error occurred (modelStreamErrorException) when calling the ConverseStream operation: Your request failed due to a model stream error.',
        layer: 'provider-outage',
      },
      {
        text: "Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'modelStreamErrorException', ':message-type': 'exception'}}",
        layer: 'provider-outage',
      },
    ],
  },
];

for (const {name, ids, paraphrases} of CLASSES) {
  describeMeaningClass(name, {corpus: ids, paraphrases}, {paraphrase: 'text'});
}

// The everyday provider-side texts in SDKs' and runtimes' own words, none copied from the corpus:
// each layer of each provider family must still read right when a rule is widened elsewhere.
const EVERYDAY: Paraphrase[] = [
  {
    text: 'Error: 429 You exceeded your current quota, please check your plan and billing details.',
    layer: 'quota',
    provider: 'openai',
  },
  {
    text: "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}",
    layer: 'rate-limit',
  },
  {text: 'openai.APITimeoutError: Request timed out.', layer: 'network'},
  {text: 'httpx.ConnectTimeout: timed out', layer: 'network'},
  {
    text: "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/chat/completions (Caused by SSLError(SSLEOFError(8, 'EOF occurred in violation of protocol (_ssl.c:1131)')))",
    layer: 'network',
  },
  {text: 'Error: connect ETIMEDOUT 104.18.7.192:443', layer: 'network', provider: 'openai'},
  {
    text: 'An error occurred (ExpiredTokenException) when calling the InvokeModel operation: The security token included in the request is expired',
    layer: 'provider-key',
  },
  {
    text: 'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
    layer: 'provider-key',
  },
  {
    text: 'An error occurred (ValidationException) when calling the InvokeModel operation: Malformed input request: #: extraneous key [max_tokens] is not permitted, please reformat your input and try again.',
    layer: 'request',
  },
  {
    text: 'An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again.',
    layer: 'rate-limit',
  },
  {
    text: 'An error occurred (ServiceUnavailableException) when calling the ConverseStream operation: Bedrock is unable to process your request.',
    layer: 'provider-outage',
  },
  {
    text: "openai.NotFoundError: Error code: 404 - {'error': {'code': 'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.'}}",
    layer: 'model',
  },
  {
    text: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"The response was filtered due to the prompt triggering Azure OpenAI's content management policy.\", 'type': None, 'param': 'prompt', 'code': 'content_filter', 'status': 400}}",
    layer: 'request',
  },
  {
    text: 'getaddrinfo ENOTFOUND my-resource.openai.azure.com',
    layer: 'base-url',
    provider: 'azure',
  },
  {
    text: "google.genai.errors.ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'API key not valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT'}}",
    layer: 'provider-key',
  },
  {
    text: "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com'",
    layer: 'rate-limit',
  },
  {
    text: '[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent: [503 Service Unavailable] The model is overloaded. Please try again later.',
    layer: 'provider-outage',
  },
  {
    text: 'models/gemini-1.0-pro is not found for API version v1beta, or is not supported for generateContent.',
    layer: 'model',
  },
  {
    text: '{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"google/gemini-2.0-flash-exp:free is temporarily rate-limited upstream. Please retry shortly.","provider_name":"Google"}}}',
    layer: 'rate-limit',
    provider: 'openrouter',
  },
  {
    text: '402 This request requires more credits, or fewer max_tokens. You requested up to 4096 tokens, but can only afford 1000.',
    layer: 'quota',
    provider: 'openrouter',
  },
  {text: 'Error: pull model manifest: file does not exist', layer: 'model'},
  {
    text: 'Error: read ECONNRESET at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20)',
    layer: 'network',
  },
  {text: 'HTTP/1.1 407 Proxy Authentication Required', layer: 'network'},
  {text: 'net::ERR_CERT_AUTHORITY_INVALID', layer: 'network'},
  {text: 'Error: socket hang up', layer: 'network'},
  {
    text: "openai.InternalServerError: Error code: 503 - {'error': {'message': 'The server is overloaded or not ready yet.', 'type': 'server_error'}}",
    layer: 'provider-outage',
  },
  {
    text: "anthropic.APIStatusError: {'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}",
    layer: 'provider-outage',
  },
  {
    text: "litellm.ContextWindowExceededError: This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens.",
    layer: 'request',
  },
  {
    text: 'Error: 401 Unauthorized: {"error":{"message":"Invalid token","type":"new_api_error"}}',
    layer: 'provider-key',
  },
  {
    text: 'openai.APIConnectionError: Connection error. (cause: connect ECONNREFUSED 127.0.0.1:8000)',
    layer: 'base-url',
  },
  {text: 'ConnectionRefusedError: [Errno 111] Connection refused', layer: 'base-url'},
  {text: 'Error: getaddrinfo ENOTFOUND host.docker.internal', layer: 'base-url'},
  {
    text: "urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='ollama', port=11434): Max retries exceeded with url: /api/chat (Caused by NameResolutionError(\"Failed to resolve 'ollama' ([Errno -2] Name or service not known)\"))",
    layer: 'base-url',
  },
  {
    text: 'Error: self-signed certificate in certificate chain',
    layer: 'network',
    provider: 'anthropic',
  },
  // With no host and no provider named, TLS spoken to a plain port is the URL's scheme (real
  // threads: n-sdk-network-12, q-sdk-network-10); to a provider's own host, it is the way there.
  {text: '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)', layer: 'base-url'},
  {
    text: '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)',
    layer: 'network',
    provider: 'anthropic',
  },
  {
    text: 'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
    layer: 'provider-outage',
  },
  {
    text: 'Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."}}',
    layer: 'quota',
  },
  {
    text: 'AccessDeniedException: Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions',
    layer: 'provider-permission',
  },
  {
    text: "Error code: 403 - {'error': {'code': 'AuthenticationTypeDisabled', 'message': 'Key based authentication is disabled for this resource.'}}",
    layer: 'provider-permission',
    provider: 'azure',
  },
  {
    text: 'Error: write EPROTO 140352051468160:error:1408F10B:SSL routines:ssl3_get_record:wrong version number',
    layer: 'network',
    provider: 'openai',
  },
  {
    text: 'httpx.ConnectError: [SSL: WRONG_VERSION_NUMBER] wrong version number (POST https://localhost:11434/v1/chat/completions)',
    layer: 'base-url',
  },
];

describe('everyday provider-side texts', () => {
  it.each(EVERYDAY)('$text', expectParaphrase);
});
