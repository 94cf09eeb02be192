// Providers' refusals read by meaning: each class is pinned by the studied corpus lines that showed
// it (tuning and dev) and by paraphrases no corpus line holds (other providers, other SDKs' wrappers,
// other payload shapes), so a rule that only knows one thread's words fails here.
import {describeMeaningClasses, type MeaningClass} from './meaning-harness.js';

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
  "a key missing from the environment or the client, in any SDK's words, is the key": {
    corpus: ['e-wrapped-6'],
    paraphrases: [
      {text: 'Error: ANTHROPIC_API_KEY environment variable is not set', layer: 'provider-key'},
      {
        text: 'Missing Anthropic API key. Set ANTHROPIC_API_KEY in your environment.',
        layer: 'provider-key',
      },
      {
        text: 'ValueError: Did not find openai_api_key, please add an environment variable `OPENAI_API_KEY` which contains it, or pass `openai_api_key` as a named parameter.',
        layer: 'provider-key',
      },
      {text: 'Error: OPENROUTER_API_KEY is not defined', layer: 'provider-key'},
      {
        text: 'This API key has been disabled by the organization owner.',
        layer: 'provider-key',
        provider: 'anthropic',
      },
    ],
  },
  'a quota counted per minute is a rate limit; one at zero or about billing is quota': {
    corpus: [],
    paraphrases: [
      {
        text: "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com'",
        layer: 'rate-limit',
      },
      {
        text: 'Quota exceeded: requests per minute for this project is 60. Retry in 20s.',
        layer: 'rate-limit',
      },
      {
        text: 'Gemini API error: 429 You exceeded your current quota. Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro',
        layer: 'quota',
      },
    ],
  },
  'a quota the provider says refills within a minute is a rate limit, even in billing words': {
    corpus: ['g-wrapped-29', 'd-google-53'],
    paraphrases: [
      {
        text: "google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota, please check your plan and billing details. * Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_input_token_count, limit: 250000, model: gemini-2.0-flash\\nPlease retry in 41.5s.', 'status': 'RESOURCE_EXHAUSTED'}}",
        layer: 'rate-limit',
      },
      {
        text: '[429 Too Many Requests] You exceeded your current quota, please check your plan and billing details. Please retry in 7s.',
        layer: 'rate-limit',
        provider: 'google',
      },
      {
        // Over a minute away: not a per-minute counter refilling.
        text: '[429 Too Many Requests] You exceeded your current quota, please check your plan and billing details. Please retry in 85s.',
        layer: 'quota',
        provider: 'google',
      },
      {
        text: 'You exceeded your current quota, please check your plan and billing details. "retryDelay": "90s"',
        layer: 'quota',
        provider: 'google',
      },
      {
        text: '[429 Too Many Requests] You exceeded your current quota, please check your plan and billing details. Quota exceeded for metric: generate_requests_per_model_per_day, limit: 50. Please retry in 9s.',
        layer: 'quota',
        provider: 'google',
      },
      {
        // "try again" and milliseconds are the same wait in other words.
        text: 'Quota exceeded for this project, check your billing details. Please try again in 30 seconds.',
        layer: 'rate-limit',
        provider: 'google',
      },
      {
        text: 'RESOURCE_EXHAUSTED: you exceeded your current quota. try again in 644ms',
        layer: 'rate-limit',
      },
      {
        text: 'You exceeded your current quota, please check your plan and billing details. Retry after 2 minutes.',
        layer: 'quota',
        provider: 'google',
      },
      {
        text: 'You exceeded your current quota, please check your plan and billing details.',
        layer: 'quota',
        provider: 'openai',
      },
    ],
  },
  "a router's account settings that exclude every endpoint are a permission; a flagged input is the request":
    {
      corpus: ['e-openrouter-1', 'f-openrouter-13'],
      paraphrases: [
        {
          text: '{"error":{"message":"All providers have been ignored. To change your default ignored providers, visit: https://openrouter.ai/settings/preferences","code":404}}',
          layer: 'provider-permission',
        },
        {
          text: 'NotFoundError: 404 No endpoints found matching your data policy (Free model publication). Configure: https://openrouter.ai/settings/privacy',
          layer: 'provider-permission',
          provider: 'openrouter',
        },
        {
          text: '{"error":{"message":"openai/gpt-4o requires moderation on OpenRouter. Your input was flagged for \\"harassment\\"","code":403,"metadata":{"reasons":["harassment"]}}}',
          layer: 'request',
        },
      ],
    },
  "a cloud role's permission denied on a resource is a permission": {
    corpus: [],
    paraphrases: [
      {
        text: "Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/x/locations/us-central1/publishers/google/models/gemini-pro' (or it may not exist).",
        layer: 'provider-permission',
      },
    ],
  },
  "other runtimes' wrappers around a provider's answer: the message inside decides": {
    corpus: ['d-wrapped-9', 'f-wrapped-21'],
    paraphrases: [
      {
        text: 'error, status code: 429, status: 429 Too Many Requests, message: You exceeded your current quota, please check your plan and billing details.',
        layer: 'quota',
      },
      {
        text: 'Azure.RequestFailedException: The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again. Status: 404 (Not Found) ErrorCode: DeploymentNotFound',
        layer: 'model',
      },
      {
        text: 'Microsoft.SemanticKernel.HttpOperationException: Service request failed. Status: 429 (Too Many Requests) You exceeded your current quota, please check your plan and billing details.',
        layer: 'quota',
      },
      {
        text: 'org.springframework.ai.retry.NonTransientAiException: 403 - {"error":{"code":403,"message":"Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.","status":"PERMISSION_DENIED"}}',
        layer: 'provider-key',
      },
      {
        text: 'ApiError(ApiError { message: "The model `gpt-5` does not exist or you do not have access to it.", type: Some("invalid_request_error"), param: None, code: Some("model_not_found") })',
        layer: 'model',
      },
      {
        text: 'OpenAI\\Exceptions\\ErrorException: You exceeded your current quota, please check your plan and billing details.',
        layer: 'quota',
      },
      {text: 'AI_APICallError: model: claude-3-5-haiku-latestt', layer: 'model'},
      {
        text: "litellm.BadRequestError: OpenAIException - Error code: 400 - {'error': {'message': \"Invalid 'max_output_tokens': integer below minimum value.\", 'type': 'invalid_request_error', 'param': 'max_output_tokens', 'code': 'integer_below_min_value'}}",
        layer: 'request',
      },
    ],
  },
  "a provider body's own message outranks the words around it, even with no status": {
    corpus: ['f-openai-10'],
    paraphrases: [
      {
        text: 'We encountered an issue when using your API key: Provider was unable to process your request. API Error: {"error":{"message":"Your organization must be verified to stream this model.","type":"invalid_request_error","param":"stream","code":"unsupported_value"}}',
        layer: 'provider-permission',
      },
      {
        text: 'Chat request failed (tool_calls enabled): {"error":{"message":"You are not allowed to sample from this model","type":"invalid_request_error","param":null,"code":null}}',
        layer: 'provider-permission',
      },
    ],
  },
  'a model refused for where it is used is a permission; a feature not enabled for a model is the request; an unrecognised name is the model':
    {
      corpus: ['f-google-14', 'e-openai-6'],
      paraphrases: [
        {text: 'This model is not available in your region.', layer: 'provider-permission'},
        {
          text: 'Developer instruction is not enabled for models/gemma-3-27b-it',
          layer: 'request',
        },
        {
          text: '{"error":{"code":400,"message":"Thinking is not enabled for models/gemini-2.0-flash","status":"INVALID_ARGUMENT"}}',
          layer: 'request',
        },
        {text: 'Model name not recognized: gpt4', layer: 'model'},
      ],
    },
  'a model that does not support what the request asks is the request; cloud credentials that cannot be found or refreshed are the key':
    {
      corpus: ['e-openai-6', 'c-bedrock-13'],
      paraphrases: [
        {
          text: '[ERROR] Failed to process response: 400 This model does not support assistant message prefill. The conversation must end with a user message.',
          layer: 'request',
        },
        {
          text: "API Error: Claude's response exceeded the 32000 output token maximum. To configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.",
          layer: 'request',
        },
        {
          text: 'Error: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.',
          layer: 'provider-key',
        },
        {
          text: "google.auth.exceptions.RefreshError: ('invalid_grant: Bad Request', {'error': 'invalid_grant', 'error_description': 'Bad Request'})",
          layer: 'provider-key',
        },
        {text: 'OAuth token revoked · Please run /login', layer: 'provider-key'},
      ],
    },
  "an SDK exception's class name loses to the message it wraps": {
    corpus: ['d-wrapped-9', 'd-wrapped-62', 'f-wrapped-30'],
    paraphrases: [
      {
        text: 'RateLimitError: Your credit balance is too low to access the Anthropic API.',
        layer: 'quota',
      },
      {
        text: 'AuthenticationError: Your organization must be verified to use this model.',
        layer: 'provider-permission',
      },
      {
        text: 'InternalServerError: 500 The model `o3` does not exist or you do not have access to it.',
        layer: 'model',
      },
      {
        text: 'PermissionDeniedError: 403 Your request was blocked by our content moderation system.',
        layer: 'request',
      },
      {text: 'NotFoundError: 404 Your credit balance is too low', layer: 'quota'},
      {text: 'ConflictError: 409 rate_limit_error', layer: 'rate-limit'},
    ],
  },
  'a key-level reason (suspended, invalid, expired consumer key) outranks the 403 status word': {
    corpus: ['g-google-3', 'g-google-4', 'g-google-5'],
    paraphrases: [
      {
        text: '{"error":{"code":403,"message":"Permission denied: Consumer \'api_key:REDACTED\' has been suspended.","status":"PERMISSION_DENIED"}}',
        layer: 'provider-key',
        provider: 'google',
        status: 403,
      },
      {
        text: 'google.api_core.exceptions.PermissionDenied: 403 The API key has been suspended. [reason: "CONSUMER_SUSPENDED"]',
        layer: 'provider-key',
      },
      {
        text: 'ClientError: 400 INVALID_ARGUMENT. {"error":{"code":400,"message":"The provided key has expired, please renew it.","status":"INVALID_ARGUMENT","details":[{"reason":"API_KEY_EXPIRED"}]}}',
        layer: 'provider-key',
      },
    ],
  },
  "an HTML error page whose title is a 5xx is the provider's edge failing, not the path": {
    corpus: ['g-openai-14'],
    paraphrases: [
      {
        text: 'APIStatusError: <!DOCTYPE html><html><head><title>api.example.com | 524: A timeout occurred</title></head><body>cloudflare</body></html>',
        layer: 'provider-outage',
      },
      {
        text: 'Error code: 503 - <html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>503 Service Temporarily Unavailable</h1><hr>nginx</body></html>',
        layer: 'provider-outage',
      },
      {
        text: 'anthropic.InternalServerError: <html><head><title>500 Internal Server Error</title></head></html>',
        layer: 'provider-outage',
      },
    ],
  },
  'an image too big in pixels or bytes is the request': {
    corpus: ['g-anthropic-12'],
    paraphrases: [
      {
        text: '400 {"error":{"type":"invalid_request_error","message":"image exceeds 5 MB maximum: 7340032 bytes > 5242880 bytes"}}',
        layer: 'request',
      },
      {
        text: 'BadRequestError: Image dimensions exceed the maximum allowed (8000x8000 pixels).',
        layer: 'request',
      },
      {
        text: 'Error: the image resolution is too large; images must be at most 2048 pixels on the long side',
        layer: 'request',
      },
    ],
  },
  'one request larger than a per-minute token limit is the request, not the pace': {
    corpus: ['g-gateway-10'],
    paraphrases: [
      {
        text: "Error code: 413 - {'error': {'message': 'Request too large for gpt-4o on tokens per min (TPM): Limit 30000, Requested 41022.', 'code': 'rate_limit_exceeded'}}",
        layer: 'request',
      },
      {
        text: "RateLimitError: this request (52,000 tokens) exceeds your organization's limit of 40,000 input tokens per minute; please reduce the prompt length",
        layer: 'request',
      },
    ],
  },
  "no provider allowed by the account's routing settings serves the model": {
    corpus: ['g-openrouter-11'],
    paraphrases: [
      {
        text: '{"error":{"message":"No allowed providers are available for the selected model.","code":404}}',
        layer: 'provider-permission',
        provider: 'openrouter',
        status: 404,
      },
      {
        text: '{"error":{"message":"None of the providers allowed by your account settings can serve the selected model.","code":404}}',
        layer: 'provider-permission',
        provider: 'openrouter',
        status: 404,
      },
    ],
  },
  'a cloud SDK that finds no credentials anywhere is the key': {
    corpus: ['g-bedrock-12'],
    paraphrases: [
      {
        text: 'CredentialsProviderError: Could not load credentials from any providers',
        layer: 'provider-key',
        provider: 'bedrock',
      },
      {
        text: 'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
        layer: 'provider-key',
      },
      {
        text: 'google.auth.exceptions.DefaultCredentialsError: Could not automatically determine credentials.',
        layer: 'provider-key',
      },
    ],
  },
  // With no provider's host as its target, the same failure is the address first (t-sdk-network-7
  // says the bare NetworkError in these words): fresh-texts-classes.test.ts.
  "a browser's own fetch failure (WebKit's \"Load failed\", Firefox's NetworkError) from a provider's host is the network":
    {
      corpus: ['g-sdk-network-10'],
      paraphrases: [
        {
          text: 'TypeError: Load failed (https://api.openai.com/v1/chat/completions)',
          layer: 'network',
        },
        {
          text: '[Anthropic Error]: Error fetching from https://api.anthropic.com/v1/messages: Load failed',
          layer: 'network',
        },
        {
          text: 'TypeError: NetworkError when attempting to fetch resource. (https://api.anthropic.com/v1/messages)',
          layer: 'network',
        },
      ],
    },
  // The old 51-character sk- shape, echoed whole (8 shown, 39 stars, 4 shown), is what relays
  // sell; a project key's echo or an echo of another length stays the key's own fault.
  'OpenAI refusing a complete key of the old sk- shape is first the base URL (a relay key sent to OpenAI)':
    {
      corpus: ['d-openai-36', 'd-openai-37', 'd-wrapped-49', 'f-openai-4'],
      paraphrases: [
        {
          text: 'AuthenticationError: 401 Incorrect API key provided: sk-Gh7Qm***************************************Tz9K. You can find your API key at https://platform.openai.com/account/api-keys.',
          layer: 'base-url',
        },
        {
          text: 'Error: Request failed with status code 401 (Incorrect API key provided: "sk-r2D4w***************************************pL0s")',
          layer: 'base-url',
        },
        {
          text: 'openai.AuthenticationError: Incorrect API key provided: sk-proj-Ab12********************************************************************************************************************************************Xy9Z. You can find your API key at https://platform.openai.com/account/api-keys.',
          layer: 'provider-key',
        },
        {
          text: 'Incorrect API key provided: sk-Gh7Qm********************Tz9K. You can find your API key at https://platform.openai.com/account/api-keys.',
          layer: 'provider-key',
        },
      ],
    },
  "a provider's public host called on a path without its version segment is the base URL": {
    corpus: ['g-anthropic-13'],
    paraphrases: [
      {
        text: "AI_APICallError: Not Found\n  url: 'https://api.openai.com/chat/completions'",
        layer: 'base-url',
      },
      {
        text: 'NotFoundError: 404 page not found (POST https://api.anthropic.com/messages)',
        layer: 'base-url',
      },
      {
        text: 'HTTP 404 Not Found from https://api.mistral.ai/chat/completions',
        layer: 'base-url',
      },
    ],
  },
};

describeMeaningClasses(CLASSES, {corpus: 'corpus %s'});
