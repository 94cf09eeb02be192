// Error bodies and headers as the providers send them (the providers reference, sections 3–8).
// Keys and ids here are synthetic.
import {randomUUID} from 'node:crypto';
import type {Reply} from './server.js';

const json = (value: unknown) => JSON.stringify(value);

let counter = 0;
const hex32 = () => (++counter).toString(16).padStart(32, '0');

export const openaiHeaders = (): Record<string, string> => ({
  'x-request-id': `req_${hex32()}`,
  'openai-version': '2020-10-01',
  'openai-processing-ms': '42',
  'x-ratelimit-limit-requests': '5000',
  'x-ratelimit-remaining-requests': '4999',
  'x-ratelimit-reset-requests': '12ms',
  'x-ratelimit-limit-tokens': '2000000',
  'x-ratelimit-remaining-tokens': '1999990',
  'x-ratelimit-reset-tokens': '6m0s',
});

export const OPENAI = {
  invalid: (maskedEcho: string) =>
    json({
      error: {
        message: `Incorrect API key provided: ${maskedEcho}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    }),
  missing: json({
    error: {
      message:
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
      type: 'invalid_request_error',
      param: null,
      code: null,
    },
  }),
  mismatchedOrg: json({
    error: {
      message: 'OpenAI-Organization header should match organization for API key',
      type: 'invalid_request_error',
      param: null,
      code: 'mismatched_organization',
    },
  }),
  missingScope: json({
    error: {
      message:
        "You have insufficient permissions for this operation. Missing scopes: model.request. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.",
      type: 'invalid_request_error',
      param: null,
      // Real bodies carry null here, not the `missing_scope` once assumed (providers.md P2).
      code: null,
    },
  }),
  /** https://github.com/continuedev/continue/issues/10059 (2026-01-31), a Responses API call. */
  missingResponsesScope: json({
    message:
      "You have insufficient permissions for this operation. Missing scopes: api.responses.write. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.",
    type: 'invalid_request_error',
    param: null,
    code: null,
  }),
  /** 403, not 404: https://github.com/continuedev/continue/issues/10120 (2026-02-02). */
  projectModelAccess: (model: string) =>
    json({
      error: {
        message: `Project \`proj_0000000000000000000000000\` does not have access to model \`${model}\``,
        type: 'invalid_request_error',
        param: null,
        code: 'model_not_found',
      },
    }),
  /**
   * 401: https://github.com/ChatGPTNextWeb/NextChat/issues/4176 (2024-03-01),
   * https://github.com/PKU-YuanGroup/WISE/issues/9 (2025-09-22); the text is cut where the
   * reference cuts it, and `type` is assumed.
   */
  accountDeactivated: json({
    error: {
      message:
        'The OpenAI account associated with this API key has been deactivated. If you are the developer for this OpenAI app, please check your email for more information.',
      type: 'invalid_request_error',
      param: null,
      code: 'account_deactivated',
    },
  }),
  region: json({
    error: {
      code: 'unsupported_country_region_territory',
      message: 'Country, region, or territory not supported',
      param: null,
      type: 'request_forbidden',
    },
  }),
  modelNotFound: (model: string) =>
    json({
      error: {
        message: `The model \`${model}\` does not exist or you do not have access to it.`,
        type: 'invalid_request_error',
        param: null,
        code: 'model_not_found',
      },
    }),
  insufficientQuota: json({
    error: {
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
      type: 'insufficient_quota',
      param: null,
      code: 'insufficient_quota',
    },
  }),
  insufficientQuota2023: json({
    error: {
      message: 'You exceeded your current quota, please check your plan and billing details.',
      type: 'insufficient_quota',
      param: null,
      code: null,
    },
  }),
  rateLimit: json({
    error: {
      message:
        'Rate limit reached for gpt-4o in organization org-XXXX on tokens per min (TPM): Limit 30000, Used 29937, Requested 385. Please try again in 644ms. Visit https://platform.openai.com/account/rate-limits to learn more.',
      type: 'tokens',
      param: null,
      code: 'rate_limit_exceeded',
    },
  }),
  contextTooLong: json({
    error: {
      message:
        "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. Please reduce the length of the messages.",
      type: 'invalid_request_error',
      param: 'messages',
      code: 'context_length_exceeded',
    },
  }),
  requestTooLarge: json({
    error: {
      message:
        'Request too large for gpt-4o in organization org-XXXX on tokens per min (TPM): Limit 30000, Requested 30601. The input or output tokens must be reduced in order to run successfully.',
      type: 'tokens',
      param: null,
      code: 'rate_limit_exceeded',
    },
  }),
  overloaded: json({
    error: {
      message: 'The engine is currently overloaded, please try again later',
      type: 'server_error',
      param: null,
      code: null,
    },
  }),
  models: (ids: readonly string[]) =>
    json({
      object: 'list',
      data: ids.map((id) => ({id, object: 'model', created: 1, owned_by: 'system'})),
    }),
  completion: (model: string) =>
    json({
      id: 'chatcmpl-synthetic',
      object: 'chat.completion',
      created: 1,
      model,
      choices: [{index: 0, message: {role: 'assistant', content: 'P'}, finish_reason: 'length'}],
      usage: {prompt_tokens: 8, completion_tokens: 1, total_tokens: 9},
    }),
};

let anthropicCounter = 0;
export const anthropicRequestId = () =>
  `req_011CSynthExampleId${String(++anthropicCounter).padStart(6, '0')}`;

export const anthropicHeaders = (): Record<string, string> => ({
  'request-id': anthropicRequestId(),
  'anthropic-organization-id': '00000000-0000-0000-0000-000000000000',
  'anthropic-ratelimit-requests-limit': '50',
  'anthropic-ratelimit-requests-remaining': '49',
  'anthropic-ratelimit-requests-reset': '2025-08-21T12:40:59Z',
  'anthropic-ratelimit-tokens-limit': '30000',
  'anthropic-ratelimit-tokens-remaining': '29990',
  'anthropic-ratelimit-tokens-reset': '2025-08-21T12:40:59Z',
});

const anthropicError = (type: string, message: string, withId = true, extra: object = {}) =>
  json({
    type: 'error',
    error: {type, message, ...extra},
    ...(withId ? {request_id: anthropicRequestId()} : {}),
  });

export const ANTHROPIC = {
  invalid: anthropicError('authentication_error', 'invalid x-api-key'),
  missing: anthropicError('authentication_error', 'x-api-key header is required'),
  oauthNotSupported: anthropicError(
    'authentication_error',
    'OAuth authentication is currently not supported.',
  ),
  permission: anthropicError(
    'permission_error',
    'OAuth authentication is currently not allowed for this organization.',
  ),
  orgDisabled: anthropicError('invalid_request_error', 'This organization has been disabled.'),
  credit: anthropicError(
    'invalid_request_error',
    'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
  ),
  modelNotFound: (model: string) => anthropicError('not_found_error', `model: ${model}`),
  promptTooLong: anthropicError(
    'invalid_request_error',
    'prompt is too long: 215041 tokens > 200000 maximum',
  ),
  rateLimit: anthropicError(
    'rate_limit_error',
    "This request would exceed your organization's rate limit of 30,000 input tokens per minute (org: 00000000-0000-0000-0000-000000000000, model: claude-sonnet-4-5-20250929). For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase.",
  ),
  spendLimit: anthropicError(
    'rate_limit_error',
    'You have reached your specified workspace API usage limits.',
    true,
    {
      details: {error_code: 'enforced_spend_limit_reached'},
    },
  ),
  /**
   * A spend limit the organisation set answers 400:
   * https://github.com/anthropics/claude-code/issues/38035 (2026-03-24).
   */
  workspaceSpendLimit: anthropicError(
    'invalid_request_error',
    'You have reached your specified API usage limits. You will regain access on 2026-04-01 at 00:00 UTC.',
  ),
  /**
   * 402 billing_error (https://platform.claude.com/docs/en/api/errors, 2026); no body was
   * captured, so the message is the page's description.
   */
  billing: anthropicError(
    'billing_error',
    'There is an issue with your billing or payment information.',
  ),
  overloaded: (withId: boolean) => anthropicError('overloaded_error', 'Overloaded', withId),
  models: (ids: readonly string[]) =>
    json({
      data: ids.map((id) => ({
        type: 'model',
        id,
        display_name: id,
        created_at: '2025-10-01T00:00:00Z',
        max_input_tokens: 200000,
        max_tokens: 64000,
        capabilities: {},
      })),
      has_more: false,
      first_id: ids[0] ?? null,
      last_id: ids.at(-1) ?? null,
    }),
  message: (model: string) =>
    json({
      id: 'msg_synthetic',
      type: 'message',
      role: 'assistant',
      model,
      content: [{type: 'text', text: 'P'}],
      stop_reason: 'max_tokens',
      usage: {input_tokens: 8, output_tokens: 1},
    }),
};

export const GEMINI = {
  invalid: (expired = false) =>
    json({
      error: {
        code: 400,
        message: expired
          ? 'API key expired. Please renew the API key.'
          : 'API key not valid. Please pass a valid API key.',
        status: 'INVALID_ARGUMENT',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'API_KEY_INVALID',
            domain: 'googleapis.com',
            metadata: {service: 'generativelanguage.googleapis.com'},
          },
          {
            '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
            locale: 'en-US',
            message: 'API key not valid. Please pass a valid API key.',
          },
        ],
      },
    }),
  missing: json({
    error: {
      code: 403,
      message:
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      status: 'PERMISSION_DENIED',
    },
  }),
  leaked: json({
    error: {
      code: 403,
      message: 'Your API key was reported as leaked. Please use another API key.',
      status: 'PERMISSION_DENIED',
    },
  }),
  serviceDisabled: json({
    error: {
      code: 403,
      message:
        'Generative Language API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123456789012 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
      status: 'PERMISSION_DENIED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'SERVICE_DISABLED',
          domain: 'googleapis.com',
          metadata: {
            consumer: 'projects/123456789012',
            service: 'generativelanguage.googleapis.com',
          },
        },
      ],
    },
  }),
  /**
   * A standard key rejected by policy, or an AQ. key that does not bind, 401:
   * https://discuss.ai.google.dev/t/previously-working-gemini-api-broke-account-now-restricted-to-aq-keys-all-401-access-token-type-unsupported-project-gen-lang-client-02513966/175711
   * (2026; reformatted from a forum paste, as the reference quotes it).
   */
  accessTokenTypeUnsupported: json({
    error: {
      code: 401,
      message:
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      status: 'UNAUTHENTICATED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'ACCESS_TOKEN_TYPE_UNSUPPORTED',
          metadata: {
            method: 'google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent',
            service: 'generativelanguage.googleapis.com',
          },
        },
      ],
    },
  }),
  /** New wording, same 400: https://github.com/Wei-Shaw/sub2api/issues/1709 (2026-04-16). */
  keyNotFound: json({
    error: {
      code: 400,
      message: 'API Key not found. Please pass a valid API key.',
      status: 'INVALID_ARGUMENT',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'API_KEY_INVALID',
          domain: 'googleapis.com',
          metadata: {service: 'generativelanguage.googleapis.com'},
        },
      ],
    },
  }),
  /** A key restricted to other APIs: https://github.com/continuedev/continue/issues/12781 (2026-06-18). */
  serviceBlocked: json({
    error: {
      code: 403,
      message:
        'Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent are blocked.',
      status: 'PERMISSION_DENIED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'API_KEY_SERVICE_BLOCKED',
          domain: 'googleapis.com',
          metadata: {
            consumer: 'projects/123456789012',
            service: 'generativelanguage.googleapis.com',
          },
        },
      ],
    },
  }),
  /**
   * The key sent twice (Bearer plus x-goog-api-key or ?key=):
   * https://github.com/NousResearch/hermes-agent/issues/7893 (2026-04-17).
   */
  multipleCredentials: json({
    error: {
      code: 400,
      message: 'Multiple authentication credentials received. Please pass only one.',
      status: 'INVALID_ARGUMENT',
    },
  }),
  region: json({
    error: {
      code: 400,
      message: 'User location is not supported for the API use.',
      status: 'FAILED_PRECONDITION',
    },
  }),
  modelNotFound: (model: string) =>
    json({
      error: {
        code: 404,
        message: `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
        status: 'NOT_FOUND',
      },
    }),
  exhausted: (quotaId: string, limit: string) =>
    json({
      error: {
        code: 429,
        message: `You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: ${limit}, model: gemini-2.5-pro\nPlease retry in 38.863719904s.`,
        status: 'RESOURCE_EXHAUSTED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.Help',
            links: [
              {
                description: 'Learn more about Gemini API quotas',
                url: 'https://ai.google.dev/gemini-api/docs/rate-limits',
              },
            ],
          },
          {
            '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
            violations: [
              {
                quotaMetric:
                  'generativelanguage.googleapis.com/generate_content_free_tier_requests',
                quotaId,
                quotaDimensions: {location: 'global', model: 'gemini-2.5-pro'},
              },
            ],
          },
          {'@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '39s'},
        ],
      },
    }),
  unavailable: json({
    error: {
      code: 503,
      message: 'The model is overloaded. Please try again later.',
      status: 'UNAVAILABLE',
    },
  }),
  models: (ids: readonly string[]) =>
    json({
      models: ids.map((id) => ({
        name: `models/${id}`,
        displayName: id,
        supportedGenerationMethods: ['generateContent'],
      })),
    }),
  generated: json({
    candidates: [{content: {parts: [{text: 'P'}], role: 'model'}, finishReason: 'MAX_TOKENS'}],
    usageMetadata: {promptTokenCount: 1, candidatesTokenCount: 1, totalTokenCount: 2},
  }),
};

export const OPENROUTER = {
  missing: json({error: {message: 'No auth credentials found', code: 401}}),
  invalid: json({error: {message: 'User not found.', code: 401}}),
  credits: json({
    error: {
      message:
        'This request requires more credits, or fewer max_tokens. You requested up to 32000 tokens, but can only afford 27342. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account',
      code: 402,
      metadata: {provider_name: null},
    },
    user_id: 'user_synthetic',
  }),
  moderation: json({
    error: {
      message: 'Input was flagged by moderation.',
      code: 403,
      metadata: {reasons: ['violence']},
    },
    user_id: 'user_synthetic',
  }),
  // The account's guardrail and data policy leave no endpoint (c-openrouter-7's words, as a 403).
  guardrail: json({
    error: {
      message:
        'No endpoints available matching your guardrail restrictions and data policy. Configure: https://openrouter.ai/settings/privacy',
      code: 403,
    },
    user_id: 'user_synthetic',
  }),
  modelMissing: json({
    error: {message: 'openai/gpt-4o-mini-typo is not a valid model ID', code: 400},
    user_id: 'user_synthetic',
  }),
  rateLimit: (resetMs: number, perDay: boolean) =>
    json({
      error: {
        message: perDay
          ? 'Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day'
          : 'Rate limit exceeded: meta-llama/llama-3.3-70b-instruct:free. High demand for meta-llama/llama-3.3-70b-instruct:free on OpenRouter - limited to 15 requests per minute. Please retry shortly.',
        code: 429,
        metadata: {
          headers: {
            'X-RateLimit-Limit': '50',
            'X-RateLimit-Remaining': '0',
            'X-RateLimit-Reset': String(resetMs),
          },
          provider_name: null,
        },
      },
      user_id: 'user_synthetic',
    }),
  upstream: json({
    error: {
      message: 'Provider returned error',
      code: 502,
      metadata: {raw: '{"error":"upstream"}', provider_name: 'SomeProvider'},
    },
    user_id: 'user_synthetic',
  }),
  /** An error that arrives after generation started: HTTP 200 with an error body. */
  error200: json({
    id: 'gen-synthetic',
    error: {
      message: 'Provider returned error',
      code: 502,
      metadata: {provider_name: 'SomeProvider'},
    },
  }),
  keyInfo: (limitRemaining: number | null) =>
    json({
      data: {
        label: 'sk-or-v1-au7...890',
        limit: limitRemaining === null ? null : 100,
        limit_remaining: limitRemaining,
        limit_reset: limitRemaining === null ? null : 'monthly',
        usage: 25.5,
        usage_daily: 25.5,
        usage_weekly: 25.5,
        usage_monthly: 25.5,
        byok_usage: 17.38,
        is_free_tier: false,
        is_management_key: false,
        is_provisioning_key: false,
        include_byok_in_limit: false,
        creator_user_id: 'user_synthetic',
        expires_at: '2027-12-31T23:59:59Z',
        rate_limit: {
          requests: 1000,
          interval: '1h',
          note: 'This field is deprecated and safe to ignore.',
        },
      },
    }),
};

export const azureHeaders = (): Record<string, string> => ({
  'apim-request-id': randomUUID(),
  'x-ms-region': 'East US',
  'x-ratelimit-remaining-requests': '99',
  'x-ratelimit-remaining-tokens': '99990',
});

export const AZURE = {
  invalid: json({
    error: {
      code: '401',
      message:
        'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    },
  }),
  privateEndpoint: json({
    error: {code: '403', message: 'Traffic is not from an approved private endpoint.'},
  }),
  // Azure RBAC: a valid identity without the data action (providers.md §7).
  permissionDenied: json({
    error: {
      code: 'PermissionDenied',
      message:
        'The principal `00000000-0000-0000-0000-000000000000` lacks the required data action `Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action` to perform `POST /openai/deployments/{deployment-id}/chat/completions` operation.',
    },
  }),
  deploymentNotFound: json({
    error: {
      code: 'DeploymentNotFound',
      message:
        'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
    },
  }),
  resourceNotFound: json({error: {code: '404', message: 'Resource not found'}}),
  tooMany: (seconds: number) =>
    json({
      error: {
        code: '429',
        message: `Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-08-01-preview have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after ${seconds} seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.`,
      },
    }),
  serverError: json({
    error: {
      code: 'InternalServerError',
      message: 'The server had an error while processing your request.',
    },
  }),
  // As quoted in https://github.com/vibrantlabsai/ragas/issues/649 (openai-python printed it).
  contentFilter: json({
    error: {
      message:
        "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766",
      type: null,
      param: 'prompt',
      code: 'content_filter',
      status: 400,
      innererror: {
        code: 'ResponsibleAIPolicyViolation',
        content_filter_result: {
          hate: {filtered: false, severity: 'safe'},
          self_harm: {filtered: false, severity: 'safe'},
          sexual: {filtered: false, severity: 'safe'},
          violence: {filtered: true, severity: 'medium'},
        },
      },
    },
  }),
  models: json({data: [{id: 'gpt-4o-mini', object: 'model'}], object: 'list'}),
  completion: OPENAI.completion('gpt-4o-mini'),
};

const BEDROCK_TYPE = (code: string) =>
  `${code}:http://internal.amazon.com/coral/com.amazon.bedrock/`;

export const bedrockError = (
  status: number,
  code: string | null,
  message: string,
  capital = false,
): Reply => ({
  status,
  headers: {
    'x-amzn-requestid': randomUUID(),
    ...(code ? {'x-amzn-errortype': BEDROCK_TYPE(code)} : {}),
  },
  body: json(capital ? {Message: message} : {message}),
});

export const BEDROCK = {
  unrecognized: () =>
    bedrockError(
      403,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    ),
  badSignature: () =>
    bedrockError(
      403,
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    ),
  /**
   * Also sent for a correctly minted key whose identity lacks bedrock:CallWithBearerToken:
   * https://github.com/aws-solutions-library-samples/guidance-for-claude-code-with-amazon-bedrock/issues/784
   * (2026-07-14).
   */
  keyFormat: () =>
    bedrockError(
      403,
      'AccessDeniedException',
      'Invalid API Key format: Must start with pre-defined prefix',
    ),
  /**
   * https://github.com/aws-solutions-library-samples/guidance-for-claude-code-with-amazon-bedrock/pull/315
   * (2026-04-30) quotes "not authorized to perform: bedrock:CallWithBearerToken"; the rest
   * follows the IAM deny of https://github.com/BerriAI/litellm/pull/39166 (2026).
   */
  noBearerPermission: () =>
    bedrockError(
      403,
      'AccessDeniedException',
      'User: arn:aws:iam::123456789012:user/x is not authorized to perform: bedrock:CallWithBearerToken on resource: * because no identity-based policy allows the bedrock:CallWithBearerToken action',
      true,
    ),
  badApiKey: () =>
    bedrockError(403, null, 'Authentication failed: Please make sure your API Key is valid.', true),
  missingAuth: () =>
    bedrockError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token'),
  iamDeny: () =>
    bedrockError(
      403,
      'AccessDeniedException',
      'User: arn:aws:iam::123456789012:user/x is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0 because no identity-based policy allows the bedrock:InvokeModel action',
    ),
  noModelAccess: () =>
    bedrockError(
      403,
      'AccessDeniedException',
      "You don't have access to the model with the specified model ID.",
    ),
  inferenceProfile: () =>
    bedrockError(
      400,
      'ValidationException',
      'Invocation of model ID anthropic.claude-3-5-sonnet-20241022-v2:0 with on-demand throughput isn\u2019t supported. Retry your request with the ID or ARN of an inference profile that contains this model.',
    ),
  badModel: () =>
    bedrockError(400, 'ValidationException', 'The provided model identifier is invalid.'),
  throttled: () =>
    bedrockError(429, 'ThrottlingException', 'Too many tokens, please wait before trying again.'),
  perDay: () =>
    bedrockError(
      429,
      'ThrottlingException',
      'Too many tokens per day, please wait before trying again.',
    ),
  serviceQuota: () =>
    bedrockError(
      400,
      'ServiceQuotaExceededException',
      'You have exceeded the service quota for this account.',
    ),
  unavailable: () =>
    bedrockError(503, 'ServiceUnavailableException', 'Service is temporarily unavailable.'),
  models: (ids: readonly string[]) =>
    json({
      modelSummaries: ids.map((modelId) => ({
        modelId,
        modelArn: `arn:aws:bedrock:us-east-1::foundation-model/${modelId}`,
        inferenceTypesSupported: ['ON_DEMAND'],
      })),
    }),
  converse: json({
    output: {message: {role: 'assistant', content: [{text: 'P'}]}},
    stopReason: 'max_tokens',
    usage: {inputTokens: 8, outputTokens: 1, totalTokens: 9},
    metrics: {latencyMs: 100},
  }),
};

/**
 * Gateways behind Cursor's custom OpenAI base URL that accept only `messages`: Cursor sends the
 * Responses API's `input` to /chat/completions there (https://docs.litellm.ai/docs/proxy/cursor,
 * 2026). Helicone's answer, as Cursor showed it:
 * https://github.com/Helicone/helicone/issues/5629 (2026-03-05).
 */
export const GATEWAY = {
  messagesRequired: json({
    success: false,
    error: {
      code: 'request_failed',
      message: "Missing required parameter: 'messages'.",
      details: [
        {
          type: 'request_failed',
          message: "Missing required parameter: 'messages'.",
          statusCode: 400,
          source: 'gpt-4o-mini/openai/byok',
        },
        {
          type: 'invalid_format',
          statusCode: 400,
          message:
            'messages: Invalid input: expected array, received undefined. See API reference: https://docs.helicone.ai/rest/ai-gateway/post-v1-chat-completions',
        },
      ],
    },
  }),
  /** The same answer inside Cursor's error, as the editor showed it (same issue; shortened). */
  inCursor:
    'Request ID: f19410d1-47e7-431d-8889-3c7837586ba6\n{"error":"ERROR_PROVIDER_ERROR","details":{"title":"Provider Error","detail":"Provider returned error: {\\"success\\":false,\\"error\\":{\\"code\\":\\"request_failed\\",\\"message\\":\\"Missing required parameter: \'messages\'.\\"}}"}}',
  /** https://github.com/HamedMP/CursorLens/issues/39 (2025-04-23), a custom OpenAI endpoint. */
  coreMessage: json({error: 'Invalid prompt: messages must be an array of CoreMessage'}),
};
