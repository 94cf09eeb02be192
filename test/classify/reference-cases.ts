// Every error text in ../shared/reference/cursor-cli.md and providers.md, plus real-world forms
// of them (Request ID tails, pretty-printed bodies, log lines, SDK exceptions), with the layer
// each must get. `also` lists layers that must appear in alsoPossible.
import type {Layer, Provider} from '../../source/core/vocabulary.js';

export interface Case {
  name: string;
  text: string;
  status?: number;
  provider?: Provider;
  layer: Layer;
  also?: Layer[];
  expectProvider?: Provider | null;
  code?: string | null;
  step?: number;
  httpStatus?: number | null;
}

const BAD_USER_KEY =
  '{"error":"ERROR_BAD_USER_API_KEY","details":{"title":"Bad User API key","detail":"Unauthorized User API key"}}';
const OUTDATED =
  '{"error":"ERROR_OUTDATED_CLIENT","details":{"title":"Outdated Client Error","detail":"Your version of Cursor no longer supports this action."}}';

const pretty = (json: string) => JSON.stringify(JSON.parse(json), null, 2);

export const CURSOR_CASES: Case[] = [
  {
    name: 'ERROR_BAD_USER_API_KEY payload',
    text: BAD_USER_KEY,
    layer: 'cursor-account',
    also: ['cursor-user-key', 'provider-key'],
    expectProvider: 'cursor',
    code: 'ERROR_BAD_USER_API_KEY',
    step: 1,
  },
  {
    name: 'ERROR_BAD_USER_API_KEY with Request ID tail',
    text: `${BAD_USER_KEY} (Request ID: 7c1d2e3f-0a1b-4c5d-9e8f-0123456789ab)`,
    layer: 'cursor-account',
    also: ['cursor-user-key', 'provider-key'],
    code: 'ERROR_BAD_USER_API_KEY',
  },
  {
    name: 'ERROR_BAD_USER_API_KEY pretty-printed',
    text: pretty(BAD_USER_KEY),
    layer: 'cursor-account',
    code: 'ERROR_BAD_USER_API_KEY',
  },
  {
    name: 'ERROR_BAD_USER_API_KEY inside a log line',
    text: `2026-03-02T10:11:12.345Z [error] chat request failed: ${BAD_USER_KEY} retrying=false`,
    layer: 'cursor-account',
    code: 'ERROR_BAD_USER_API_KEY',
  },
  {
    name: 'ERROR_BAD_USER_API_KEY with --provider openai points at that key',
    text: BAD_USER_KEY,
    provider: 'openai',
    layer: 'provider-key',
    expectProvider: 'openai',
    code: 'ERROR_BAD_USER_API_KEY',
  },
  {
    name: 'ERROR_BAD_USER_API_KEY with --provider google',
    text: BAD_USER_KEY,
    provider: 'google',
    layer: 'provider-key',
    expectProvider: 'google',
  },
  {
    name: 'chat banner without JSON, with Request ID',
    text: 'Unauthorized User API key (Request ID: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b)',
    layer: 'cursor-account',
    also: ['cursor-user-key', 'provider-key'],
    code: 'ERROR_BAD_USER_API_KEY',
  },
  {
    name: 'interactive error display',
    text: 'Error: Bad User API key\nUnauthorized User API key',
    layer: 'cursor-account',
    code: 'ERROR_BAD_USER_API_KEY',
  },
  {
    name: 'Unauthorized User Openai API key (provider named)',
    text: 'Unauthorized User Openai API key',
    layer: 'provider-key',
    expectProvider: 'openai',
  },
  {
    name: 'Invalid OpenAl API Key (sic) on Verify',
    text: 'Invalid OpenAl API Key',
    layer: 'provider-key',
    expectProvider: 'openai',
  },
  {
    name: 'google API key issue banner',
    text: 'We encountered an issue when using your google API key. Please check your API key settings and try again.',
    layer: 'provider-key',
    expectProvider: 'google',
  },
  {
    // Cursor's banners call Anthropic's key by its product name.
    name: 'Claude API key issue banner',
    text: 'We encountered an issue when using your Claude API key. Please check your API key settings and try again.',
    layer: 'provider-key',
    expectProvider: 'anthropic',
  },
  {
    name: 'ERROR_OUTDATED_CLIENT payload',
    text: OUTDATED,
    layer: 'cursor-service',
    code: 'ERROR_OUTDATED_CLIENT',
  },
  {name: 'status: Not logged in', text: 'Not logged in', layer: 'cursor-account'},
  {
    name: 'status json: unauthenticated',
    text: '{"status":"unauthenticated","isAuthenticated":false,"hasAccessToken":false,"hasRefreshToken":false,"message":"Not logged in"}',
    layer: 'cursor-account',
  },
  {
    name: 'status: partially authenticated',
    text: '{"status":"partially-authenticated","isAuthenticated":false,"hasAccessToken":true,"hasRefreshToken":false,"message":"Partially authenticated (missing refresh token)"}',
    layer: 'cursor-account',
  },
  {
    name: 'status: unable to fetch user details',
    text: 'Starting login process...\nChecking authentication status...\n✓ Login successful!\nLogged in (unable to fetch user details)',
    // The Cursor module reads this as the network first (the login itself succeeded).
    layer: 'network',
  },
  {
    name: 'invalid CURSOR_API_KEY (coloured stderr)',
    text: '\u001b[33m⚠ Warning: The provided API key is invalid.\u001b[39m\nThe API key was loaded from the CURSOR_API_KEY environment variable.\nPlease check you have the right key, create a new one, or authenticate without it.',
    layer: 'cursor-user-key',
    also: ['network'],
    expectProvider: 'cursor',
  },
  {
    name: 'auth required (2025.11)',
    text: "Error: Authentication required. Please run 'cursor-agent login' first, or set CURSOR_API_KEY environment variable.",
    layer: 'cursor-account',
    also: ['cursor-user-key'],
  },
  {
    name: 'auth required (2026.09)',
    text: "Error: Authentication required. Please run 'agent login' first, or set CURSOR_API_KEY environment variable.",
    layer: 'cursor-account',
  },
  {
    name: 'auth required (2026 variant)',
    text: "Error: Authentication required. Run 'agent login', pass --api-key/--auth-token, or set CURSOR_API_KEY/CURSOR_AUTH_TOKEN.",
    layer: 'cursor-account',
  },
  {
    name: 'auth required (interactive)',
    text: "Authentication required to use Cursor Agent. Please run 'cursor-agent login' to authenticate.",
    layer: 'cursor-account',
  },
  {
    name: 'auth required (ACP)',
    text: "Authentication required. Please run 'agent login' first, then call authenticate() with methodId 'cursor_login'.",
    layer: 'cursor-account',
  },
  {name: 'Not authenticated', text: 'Not authenticated', layer: 'cursor-account'},
  {
    name: 'headless ConnectError unauthenticated',
    text: 'ConnectError: [unauthenticated] User is unauthorized',
    layer: 'cursor-account',
  },
  {name: 'interactive connection failed', text: 'Error: Connection failed', layer: 'network'},
  {name: 'login failed', text: 'Login failed or timed out.', layer: 'cursor-account'},
  {name: 'login error', text: 'Login error: socket hang up', layer: 'cursor-account'},
  {
    name: 'failed to open browser',
    text: 'Failed to open browser for login. Please visit: https://cursor.com/loginDeepControl?challenge=abc&uuid=def&mode=login&redirectTarget=cli',
    layer: 'cursor-account',
  },
  {
    name: 'failed to store tokens',
    text: 'Failed to store authentication tokens.',
    layer: 'cursor-account',
  },
  {
    name: 'keychain duplicate item',
    text: "Cursor couldn't save your login to the macOS keychain (errSecDuplicateItem, security exit code 45).",
    layer: 'cursor-account',
  },
  {
    name: 'workspace trust',
    text: 'Workspace Trust Required',
    layer: 'cursor-cli',
  },
  {name: 'bash: agent not found', text: 'bash: agent: command not found', layer: 'cursor-cli'},
  {name: 'zsh: agent not found', text: 'zsh: command not found: agent', layer: 'cursor-cli'},
  {
    // No provider key in play: the Cursor plan does not include this (contract: cursor-plan).
    name: 'Cursor Pro Required',
    text: 'Cursor Pro Required',
    layer: 'cursor-plan',
    expectProvider: 'cursor',
  },
  {
    // With a provider key in play, the feature does not take that key.
    name: 'Cursor Pro Required, with --provider openai',
    text: 'Cursor Pro Required',
    provider: 'openai',
    layer: 'feature',
  },
  {
    name: 'custom models cannot be billed to an API key',
    text: 'Agent and Edit rely on custom models that cannot be billed to an API key. Please use a Pro or Business subscription and/or disable API keys.',
    layer: 'feature',
  },
  {
    // Threads resolve it at the custom endpoint first (cursor-cli.md §7, §9; corpus).
    name: 'model not on plan or key',
    text: 'The model gpt-4o does not work with your current plan or API key',
    layer: 'base-url',
    also: ['quota', 'feature'],
  },
  {
    name: 'model not on plan, with Request ID',
    text: 'The model claude-3-opus does not work with your current plan or API key (Request ID: 11112222-3333-4444-5555-666677778888)',
    layer: 'base-url',
  },
  {
    name: 'Cursor key-info 401 with --provider cursor',
    text: '{"error":"Unauthorized","message":"Invalid API key"}',
    status: 401,
    provider: 'cursor',
    layer: 'cursor-user-key',
    httpStatus: 401,
  },
  {
    name: 'Cursor key-info 403',
    text: '{"error":"Forbidden","message":"Enterprise access required"}',
    layer: 'cursor-user-key',
  },
  {
    name: 'Cursor key-info 429',
    text: '{"error":"Too Many Requests","message":"Rate limit exceeded. Please try again later."}',
    layer: 'rate-limit',
  },
  {
    name: 'integration says invalid Cursor key',
    text: 'Invalid Cursor API key',
    layer: 'cursor-user-key',
  },
];

export const PROVIDER_CASES: Case[] = [
  // OpenAI
  {
    name: 'openai 401 invalid key',
    text: '{"error":{"message":"Incorrect API key provided: sk-proj-****************************************AbCd. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
    layer: 'provider-key',
    expectProvider: 'openai',
    code: 'invalid_api_key',
  },
  {
    name: 'openai 401 missing key',
    text: '{"error":{"message":"You didn\'t provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you\'re accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":null}}',
    layer: 'provider-key',
    expectProvider: 'openai',
  },
  {
    name: 'openai 401 mismatched organization',
    text: '{"error":{"message":"OpenAI-Organization header should match organization for API key","type":"invalid_request_error","param":null,"code":"mismatched_organization"}}',
    layer: 'provider-permission',
    expectProvider: 'openai',
  },
  {
    name: 'openai 404 model',
    text: '{"error":{"message":"The model `gpt-4o` does not exist or you do not have access to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}}',
    layer: 'model',
    expectProvider: 'openai',
  },
  {
    name: 'openai 401 missing scope',
    text: '{"error":{"message":"You have insufficient permissions for this operation. Missing scopes: model.request. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you\'re using a restricted API key, that it has the necessary scopes.","type":"invalid_request_error","param":null,"code":"missing_scope"}}',
    status: 401,
    layer: 'provider-permission',
  },
  {
    name: 'openai 429 insufficient_quota',
    text: '{"error":{"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}',
    layer: 'quota',
    expectProvider: 'openai',
    code: 'insufficient_quota',
  },
  {
    name: 'openai 429 insufficient_quota (2023, code null)',
    text: '{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":null}}',
    status: 429,
    layer: 'quota',
  },
  {
    name: 'openai 429 rate limit',
    text: '{"error":{"message":"Rate limit reached for gpt-4o in organization org-XXXX on tokens per min (TPM): Limit 30000, Used 29937, Requested 385. Please try again in 644ms. Visit https://platform.openai.com/account/rate-limits to learn more.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}',
    layer: 'rate-limit',
    expectProvider: 'openai',
  },
  {
    name: 'openai 429 request too large',
    text: '{"error":{"message":"Request too large for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Requested 30601. The input or output tokens must be reduced in order to run successfully.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}',
    status: 429,
    layer: 'rate-limit',
  },
  {
    name: 'openai 403 region',
    text: '{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}',
    status: 403,
    layer: 'provider-permission',
  },
  {
    // The words alone, as a tool prints them: not a parameter the request lacked.
    name: 'the region block in its other word order, without its JSON',
    text: 'Unsupported country, region, or territory',
    layer: 'provider-permission',
  },
  {
    // A relay's WAF refusing the client's user agent (ling-kong-ran/pisper#2).
    name: 'a firewall in front of the service refusing the client',
    text: 'OpenAI API error (403): 403 Your request was blocked.',
    layer: 'network',
  },
  {
    name: "Cloudflare's block page",
    text: '<title>Attention Required! | Cloudflare</title><h1 data-translate="block_headline">Sorry, you have been blocked</h1>',
    layer: 'network',
  },
  {
    name: 'a request blocked for what it said is a content filter, not a firewall',
    text: 'Your request was blocked due to safety concerns.',
    layer: 'request',
  },
  {
    // Groq's words for an organisation it stopped serving.
    name: 'an organisation restricted by the provider',
    text: 'Organization has been restricted. Please reach out to support to resolve this issue.',
    layer: 'provider-permission',
  },
  {
    name: "Chrome's proxy tunnel failing",
    text: 'net::ERR_TUNNEL_CONNECTION_FAILED',
    layer: 'network',
  },
  {
    // The AI SDK's provider registry has no model under that id.
    name: 'a model the AI SDK registry does not hold',
    text: 'AI_NoSuchModelError: No such languageModel: gpt-5',
    layer: 'model',
  },
  {
    name: 'openai IP not authorized',
    text: 'IP not authorized',
    status: 401,
    provider: 'openai',
    layer: 'provider-permission',
  },
  {
    name: 'openai 500',
    text: 'The server had an error while processing your request',
    status: 500,
    provider: 'openai',
    layer: 'provider-outage',
  },
  {
    name: 'openai 503 overloaded',
    text: 'The engine is currently overloaded, please try again later',
    status: 503,
    provider: 'openai',
    layer: 'provider-outage',
  },
  // Anthropic
  {
    name: 'anthropic 401 invalid x-api-key',
    text: '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CSynthExampleId000001"}',
    layer: 'provider-key',
    expectProvider: 'anthropic',
  },
  {
    name: 'anthropic 401 missing key',
    text: '{"type":"error","error":{"type":"authentication_error","message":"x-api-key header is required"},"request_id":"req_011CSynthExampleId000002"}',
    layer: 'provider-key',
    expectProvider: 'anthropic',
  },
  {
    name: 'anthropic 401 OAuth token without beta header',
    text: '{"type":"error","error":{"type":"authentication_error","message":"OAuth authentication is currently not supported."},"request_id":"req_011CSynthExampleId000003"}',
    layer: 'provider-key',
  },
  {
    name: 'anthropic 403 org forbids OAuth',
    text: '{"type":"error","error":{"type":"permission_error","message":"OAuth authentication is currently not allowed for this organization."},"request_id":"req_011CSynthExampleId000006"}',
    layer: 'provider-permission',
  },
  {
    name: 'anthropic 400 org disabled',
    text: '{"type":"error","error":{"type":"invalid_request_error","message":"This organization has been disabled."},"request_id":"req_011CSynthExampleId000007"}',
    layer: 'provider-permission',
  },
  {
    name: 'anthropic 400 credit too low',
    text: '{"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."},"request_id":"req_011CSynthExampleId000004"}',
    layer: 'quota',
    expectProvider: 'anthropic',
  },
  {
    name: 'anthropic 404 model',
    text: '{"type":"error","error":{"type":"not_found_error","message":"model: claude-3-5-sonnet-20241022"},"request_id":"req_011CSynthExampleId000005"}',
    layer: 'model',
  },
  {
    name: 'anthropic 429 rate limit',
    text: '{"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your organization\'s rate limit of 30,000 input tokens per minute (org: 00000000-0000-0000-0000-000000000000, model: claude-sonnet-4-5-20250929). For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase."},"request_id":"req_011CSynthExampleId000008"}',
    layer: 'rate-limit',
  },
  {
    name: 'anthropic 429 short',
    text: '{"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your account\'s rate limit. Please try again later."}}',
    layer: 'rate-limit',
  },
  {
    name: 'anthropic 529 overloaded',
    text: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CSynthExampleId000009"}',
    layer: 'provider-outage',
  },
  {
    name: 'anthropic 429 spend limit',
    text: '{"type":"error","error":{"type":"rate_limit_error","message":"You have reached your specified API usage limits.","details":{"error_code":"enforced_spend_limit_reached"}}}',
    status: 429,
    layer: 'quota',
  },
  {
    name: 'anthropic 400 Claude Code only',
    text: '{"type":"error","error":{"type":"invalid_request_error","message":"This credential is only authorized for use with Claude Code and cannot be used for other API requests."}}',
    layer: 'provider-key',
  },
  // Gemini
  {
    name: 'gemini 400 invalid key (pretty)',
    text: `{
  "error": {
    "code": 400,
    "message": "API key not valid. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "API_KEY_INVALID",
        "domain": "googleapis.com",
        "metadata": { "service": "generativelanguage.googleapis.com" }
      },
      {
        "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
        "locale": "en-US",
        "message": "API key not valid. Please pass a valid API key."
      }
    ]
  }
}`,
    layer: 'provider-key',
    expectProvider: 'google',
    httpStatus: 400,
  },
  {
    name: 'gemini 400 expired key',
    text: '{"error":{"code":400,"message":"API key expired. Please renew the API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}',
    layer: 'provider-key',
  },
  {
    name: 'gemini 403 unregistered callers',
    text: '{"error":{"code":403,"message":"Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.","status":"PERMISSION_DENIED"}}',
    layer: 'provider-key',
  },
  {
    name: 'gemini 403 leaked',
    text: '{"error":{"code":403,"message":"Your API key was reported as leaked. Please use another API key.","status":"PERMISSION_DENIED"}}',
    layer: 'provider-key',
  },
  {
    name: 'gemini 400 location',
    text: '{"error":{"code":400,"message":"User location is not supported for the API use.","status":"FAILED_PRECONDITION"}}',
    layer: 'provider-permission',
  },
  {
    name: 'gemini 404 model',
    text: '{"error":{"code":404,"message":"models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.","status":"NOT_FOUND"}}',
    layer: 'model',
  },
  {
    name: 'gemini 403 project denied',
    text: '{"error":{"code":403,"message":"Your project has been denied access. Please contact support.","status":"PERMISSION_DENIED"}}',
    layer: 'provider-permission',
  },
  {
    name: 'gemini 403 service disabled',
    text: '{"error":{"code":403,"message":"Generative Language API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123456789012 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SERVICE_DISABLED","domain":"googleapis.com"}]}}',
    layer: 'provider-permission',
  },
  {
    name: 'gemini 429 quota (free tier, limit 0)',
    text: '{"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro\\nPlease retry in 38.863719904s.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"59s"}]}}',
    // limit: 0 means no free tier for the model: billing, not waiting (providers.md §5).
    layer: 'quota',
    expectProvider: 'google',
  },
  {
    name: 'gemini 429 old short form',
    text: '{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}',
    layer: 'rate-limit',
  },
  // OpenRouter
  {
    name: 'openrouter 401 no credentials',
    text: '{"error":{"message":"No auth credentials found","code":401}}',
    layer: 'provider-key',
    expectProvider: 'openrouter',
  },
  {
    name: 'openrouter 401 user not found',
    text: '{"error":{"message":"User not found.","code":401}}',
    layer: 'provider-key',
    expectProvider: 'openrouter',
  },
  {
    name: 'openrouter 401 cookie',
    text: '{"error":{"message":"No cookie auth credentials found","code":401}}',
    layer: 'provider-key',
  },
  {
    name: 'openrouter 402 credits',
    text: '{"error":{"message":"This request requires more credits, or fewer max_tokens. You requested up to 32000 tokens, but can only afford 27342. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account","code":402,"metadata":{"provider_name":null}},"user_id":"user_2abc"}',
    layer: 'quota',
    expectProvider: 'openrouter',
  },
  {
    name: 'openrouter 402 key limit',
    text: '{"error":{"message":"This request requires more credits, or fewer max_tokens. You requested up to 4096 tokens, but can only afford 0. To increase, visit https://openrouter.ai/settings/keys and create a key with a higher monthly limit","code":402}}',
    layer: 'quota',
  },
  {
    name: 'openrouter 429 free models per day',
    text: '{"error":{"message":"Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day","code":429,"metadata":{"headers":{"X-RateLimit-Limit":"50","X-RateLimit-Remaining":"0","X-RateLimit-Reset":"1779321600000"},"provider_name":null}},"user_id":"user_2abc"}',
    // A daily allowance, used up until the reset: credits fix it, waiting a minute does not.
    layer: 'quota',
    expectProvider: 'openrouter',
  },
  {
    name: 'openrouter upstream failure',
    text: '{"error":{"message":"Provider returned error","code":502,"metadata":{"raw":"{\\"error\\":\\"upstream\\"}","provider_name":"Example"}}}',
    layer: 'provider-outage',
  },
  // Azure
  {
    name: 'azure 401',
    text: '{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}',
    layer: 'provider-key',
    expectProvider: 'azure',
    httpStatus: 401,
  },
  {
    name: 'azure 401 via ai-sdk (spaced)',
    text: '{"error": {"code": "Unauthorized", "message": "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}',
    status: 401,
    layer: 'provider-key',
    expectProvider: 'azure',
  },
  {
    name: 'azure 404 deployment',
    text: '{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."}}',
    layer: 'model',
    expectProvider: 'azure',
  },
  {
    name: 'azure 429 daily quota',
    text: '{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-08-01-preview have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 86400 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit."}}',
    layer: 'quota',
    expectProvider: 'azure',
  },
  {
    name: 'azure 404 resource not found',
    text: '{"error":{"code":"404","message":"Resource not found"}}',
    provider: 'azure',
    // A wrong path or api-version (providers.md §7).
    layer: 'base-url',
  },
  {
    name: 'azure 403 private endpoint',
    text: '{"error":{"code":"403","message":"Traffic is not from an approved private endpoint."}}',
    provider: 'azure',
    layer: 'base-url',
  },
  {
    name: 'azure 401 RBAC data action',
    text: '{"error":{"code":"PermissionDenied","message":"The principal `00000000-0000-0000-0000-000000000000` lacks the required data action `Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action` to perform `POST /openai/deployments/{deployment-id}/chat/completions` operation."}}',
    status: 401,
    provider: 'azure',
    layer: 'provider-permission',
  },
  // Bedrock
  {
    name: 'bedrock 403 unrecognized client',
    text: 'x-amzn-ErrorType: UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.bedrock/\n{"message":"The security token included in the request is invalid."}',
    status: 403,
    layer: 'provider-key',
    expectProvider: 'bedrock',
  },
  {
    name: 'bedrock wrong secret',
    text: 'InvalidSignatureException: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    layer: 'provider-key',
    expectProvider: 'bedrock',
  },
  {
    name: 'bedrock expired token',
    text: 'ExpiredTokenException: The security token included in the request is expired',
    layer: 'provider-key',
  },
  {
    name: 'bedrock malformed API key',
    text: '{"Message":"Invalid API Key format: Must start with pre-defined prefix"}',
    status: 403,
    layer: 'provider-key',
    expectProvider: 'bedrock',
  },
  {
    name: 'bedrock bad API key',
    text: '{"Message":"Authentication failed: Please make sure your API Key is valid."}',
    status: 403,
    layer: 'provider-key',
  },
  {
    name: 'bedrock model access',
    text: "AccessDeniedException: You don't have access to the model with the specified model ID.",
    layer: 'provider-permission',
  },
  {
    name: 'bedrock IAM deny',
    text: 'AccessDeniedException: User: arn:aws:iam::123456789012:user/x is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3 because no identity-based policy allows the bedrock:InvokeModel action',
    layer: 'provider-permission',
  },
  {
    name: 'bedrock marketplace',
    text: 'AccessDeniedException: Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to this model.',
    layer: 'provider-permission',
  },
  {
    name: 'bedrock inference profile',
    text: 'ValidationException: Invocation of model ID anthropic.claude-3-5-sonnet-20241022-v2:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.',
    layer: 'model',
  },
  {
    name: 'bedrock bad model id',
    text: 'ValidationException: The provided model identifier is invalid.',
    layer: 'model',
  },
  {
    name: 'bedrock use-case form',
    text: 'ResourceNotFoundException: Model use case details have not been submitted for this account. Fill out the Anthropic use case details form before using the model.',
    layer: 'provider-permission',
  },
  {
    name: 'bedrock end of life',
    text: 'ResourceNotFoundException: This model version has reached the end of its life. Please refer to the AWS documentation for more details.',
    layer: 'model',
  },
  {
    name: 'bedrock throttled',
    text: 'ThrottlingException: Too many tokens, please wait before trying again.',
    layer: 'rate-limit',
  },
  {
    name: 'bedrock throttled (json + header)',
    text: 'HTTP/1.1 429 Too Many Requests\nx-amzn-ErrorType: ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/\n\n{"message":"Too many requests, please wait before trying again."}',
    layer: 'rate-limit',
    httpStatus: 429,
  },
  {
    name: 'bedrock service unavailable',
    text: 'ServiceUnavailableException: Bedrock is unable to process your request.',
    layer: 'provider-outage',
  },
  // SDK messages
  {
    name: 'openai-node missing credentials',
    text: 'OpenAIError: Missing credentials. Please pass an `apiKey`, `workloadIdentity`, `adminAPIKey`, or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable.',
    layer: 'provider-key',
  },
  {
    name: 'AzureOpenAI without a version',
    text: "Error: The OPENAI_API_VERSION environment variable is missing or empty; either provide it, or instantiate the AzureOpenAI client with an apiVersion option, like new AzureOpenAI({ apiVersion: 'My API Version' }).",
    layer: 'base-url',
  },
  {
    name: 'AzureOpenAI without endpoint',
    text: 'Must provide one of the `baseURL` or `endpoint` arguments, or the `AZURE_OPENAI_ENDPOINT` environment variable',
    layer: 'base-url',
  },
  {
    name: 'anthropic SDK no auth',
    text: 'Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for one of the "X-Api-Key" or "Authorization" headers to be explicitly omitted',
    layer: 'provider-key',
  },
];

export const REAL_WORLD_CASES: Case[] = [
  {
    name: 'python SDK repr (openai AuthenticationError)',
    text: "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****AbCd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
    layer: 'provider-key',
    expectProvider: 'openai',
    httpStatus: 401,
  },
  {
    name: 'python SDK repr (anthropic RateLimitError)',
    text: "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': \"This request would exceed your account's rate limit. Please try again later.\"}}",
    layer: 'rate-limit',
    expectProvider: 'anthropic',
    httpStatus: 429,
  },
  {
    name: 'Claude Code API Error line',
    text: 'API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CSynthExampleId000010"}',
    layer: 'provider-key',
    httpStatus: 401,
  },
  {
    name: 'node SDK exception, no JSON',
    text: 'AuthenticationError: 401 invalid x-api-key',
    layer: 'provider-key',
    expectProvider: 'anthropic',
  },
  {
    name: 'insufficient_quota in a sentence',
    text: 'my requests keep failing with insufficient_quota even though I pay for ChatGPT Plus',
    layer: 'quota',
    expectProvider: 'openai',
  },
  {
    name: 'curl -i style status line and body',
    text: 'HTTP/2 429\ncontent-type: application/json\nretry-after: 20\n\n{"error":{"message":"Rate limit reached for gpt-4o-mini in organization org-abc on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.","type":"requests","param":null,"code":"rate_limit_exceeded"}}',
    layer: 'rate-limit',
    httpStatus: 429,
  },
  {
    name: 'fetch failed: DNS',
    text: "TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13 {\n  [cause]: Error: getaddrinfo ENOTFOUND api.openai.com\n      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26) {\n    errno: -3008,\n    code: 'ENOTFOUND',\n    syscall: 'getaddrinfo',\n    hostname: 'api.openai.com'\n  }\n}",
    // A provider's own host is never a typo: its name not resolving is this machine's DNS.
    layer: 'network',
  },
  {
    name: 'fetch failed: DNS of a custom base URL',
    text: 'TypeError: fetch failed\n  [cause]: Error: getaddrinfo ENOTFOUND llm-gateway.internal.example',
    layer: 'base-url',
    also: ['network'],
    code: 'ENOTFOUND',
  },
  {
    name: 'fetch failed: refused',
    text: 'TypeError: fetch failed (cause: connect ECONNREFUSED 127.0.0.1:38565)',
    layer: 'base-url',
    also: ['network'],
  },
  {
    name: 'fetch failed: reset',
    text: 'TypeError: fetch failed\ncause: read ECONNRESET',
    layer: 'network',
  },
  {
    name: 'fetch failed: other side closed',
    text: 'fetch failed: SocketError: other side closed (UND_ERR_SOCKET)',
    layer: 'network',
  },
  {
    name: 'timeout',
    text: 'TimeoutError: The operation was aborted due to timeout',
    layer: 'network',
  },
  {
    name: 'fetch failed: TLS interception',
    text: "TypeError: fetch failed\n  [cause]: Error: self-signed certificate in certificate chain { code: 'SELF_SIGNED_CERT_IN_CHAIN' }",
    layer: 'network',
    code: 'SELF_SIGNED_CERT_IN_CHAIN',
  },
  {
    name: 'self-signed leaf',
    text: 'fetch failed: self-signed certificate',
    layer: 'network',
    code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
  },
  {
    name: 'local issuer',
    text: 'fetch failed: unable to get local issuer certificate',
    layer: 'network',
  },
  {
    name: 'leaf only',
    text: 'fetch failed: unable to verify the first certificate',
    layer: 'network',
  },
  {name: 'expired cert', text: 'fetch failed: certificate has expired', layer: 'network'},
  {
    name: 'hostname mismatch',
    text: "fetch failed: Hostname/IP does not match certificate's altnames: IP: 127.0.0.2 is not in the cert's list: 127.0.0.1 (ERR_TLS_CERT_ALTNAME_INVALID)",
    layer: 'base-url',
    also: ['network'],
  },
  {
    name: 'undici connect timeout',
    text: 'ConnectTimeoutError: Connect Timeout Error (attempted address: example:443, timeout: 1ms) code: UND_ERR_CONNECT_TIMEOUT',
    layer: 'network',
  },
  {name: 'SDK connection error', text: 'APIConnectionError: Connection error.', layer: 'network'},
  {name: 'status only: 429', text: '', status: 429, layer: 'rate-limit', also: ['quota']},
  {
    name: 'status only: 401 with provider',
    text: '',
    status: 401,
    provider: 'anthropic',
    layer: 'provider-key',
  },
  {name: 'status only: 529', text: '529', status: 529, layer: 'provider-outage'},
  {
    name: 'gibberish is unknown',
    text: 'it just does not work, help',
    layer: 'unknown',
  },
];
