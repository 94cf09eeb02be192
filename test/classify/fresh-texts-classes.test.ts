// Message classes first seen in the `l-…`, `m-…`, `n-…`, `o-…`, `p-…` to `v-…` collections (texts from threads the
// rules had never met): their studied lines, then wordings of the same class that no corpus line holds.
import {describe} from 'vitest';
import {describeMeaningClass, type Paraphrase} from './meaning-harness.js';

const CLASSES: {name: string; ids: string[]; paraphrases: Paraphrase[]}[] = [
  {
    name: "a key's own rate limit is a rate limit, not a bad key",
    ids: ['l-cursor-editor-2'],
    paraphrases: [
      {text: 'Cursor API key rate limit exceeded, retry in 30s', layer: 'rate-limit'},
      {text: 'CURSOR_API_KEY rate-limited: too many requests', layer: 'rate-limit'},
      // Without rate words the Cursor key is still the Cursor key.
      {text: 'User API key is invalid', layer: 'cursor-user-key'},
    ],
  },
  {
    name: 'a limit counted per minute is a rate limit, even beside payment words',
    ids: ['l-openai-11'],
    paraphrases: [
      {
        text: 'Rate limit reached for gpt-4o in organization org-xxxx on tokens per min. Limit: 30000 / min. Please add a payment method to your account to increase your rate limit.',
        layer: 'rate-limit',
      },
      {
        text: 'Requests limit hit: 20 / min. Add a payment method to raise it.',
        layer: 'rate-limit',
      },
      // Out of credit stays quota, even with a rate counter beside it.
      {
        text: 'You exceeded your current quota, please check your plan and billing details. (requests per min)',
        layer: 'quota',
      },
    ],
  },
  {
    name: "an edge's origin timeout (Cloudflare 52x) is the provider failing",
    ids: ['l-openai-6'],
    paraphrases: [
      {text: 'Error code: 524 - A timeout occurred', layer: 'provider-outage'},
      {text: 'HTTP 522: Connection timed out (origin did not answer)', layer: 'provider-outage'},
      {text: 'status 521: Web server is down', layer: 'provider-outage'},
    ],
  },
  {
    name: 'words the provider reserves, sent in the prompt, are the request',
    ids: ['l-bedrock-14'],
    paraphrases: [
      {
        text: 'ValidationException: "<|system|>" is a reserved token and may not be used in messages',
        layer: 'request',
      },
      {
        text: '400 {"error":{"message":"anthropic-beta is a reserved keyword","type":"invalid_request_error"}}',
        layer: 'request',
      },
    ],
  },
  {
    name: 'a 400, 401, 403 or 404 said outright is no outage, whatever words of "upstream" come with it',
    ids: ['l-openrouter-4'],
    paraphrases: [
      {text: 'Upstream service returned HTTP 404 for model claude-x', layer: 'model'},
      {text: 'upstream error: status 404', layer: 'model'},
      // A bare 400 names no layer of its own, but it is a refusal, not a failing service.
      {text: 'HTTP 400: Error from provider (gateway): Upstream request failed', layer: 'unknown'},
      // A 5xx beside it keeps it an outage.
      {text: 'upstream returned 404 then 502 Bad Gateway', layer: 'provider-outage'},
    ],
  },
  {
    name: "a free model's upstream rate limit behind OpenRouter is a rate limit",
    ids: ['l-openrouter-2'],
    paraphrases: [
      {
        text: '{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"deepseek/deepseek-r1:free is temporarily rate-limited upstream. Please retry shortly.","provider_name":"Chutes"}}}',
        layer: 'rate-limit',
        provider: 'openrouter',
      },
      {
        text: 'OpenRouter: meta-llama/llama-3.3-70b-instruct:free is temporarily rate-limited upstream',
        layer: 'rate-limit',
      },
    ],
  },
  {
    name: "a 404 on Ollama's own chat path is a model it has not pulled",
    ids: ['l-gateway-2', 'g-cursor-forum-other-6'],
    paraphrases: [
      {
        text: "httpx.HTTPStatusError: Client error '404 Not Found' for url 'http://127.0.0.1:11434/api/generate'",
        layer: 'model',
      },
      {text: 'POST http://ollama:11434/api/chat returned 404 Not Found', layer: 'model'},
      // Behind /v1 the same port's 404 is the path.
      {
        text: "Client error '404 Not Found' for url 'http://localhost:11434/v1/api/chat'",
        layer: 'base-url',
      },
    ],
  },
  {
    name: 'a key the tool asks to be passed or set in a variable is a missing key',
    ids: ['l-google-11'],
    paraphrases: [
      {
        text: 'Please set the ANTHROPIC_API_KEY environment variable or pass api_key to the client.',
        layer: 'provider-key',
      },
      {
        text: 'You must pass in an API key or set the GEMINI_API_KEY env variable',
        layer: 'provider-key',
      },
    ],
  },
  {
    name: "a tool's key complaint in front of the provider's own bracketed answer reads that answer",
    ids: [],
    paraphrases: [
      {
        text: 'Invalid Gemini API key: [GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent: [403 Forbidden] Permission denied on resource project my-project.',
        layer: 'provider-permission',
      },
      {
        text: 'Invalid Gemini API key: [GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent: [402 Payment Required] Your prepayment credits are depleted.',
        layer: 'quota',
      },
    ],
  },
  {
    name: "a local file the tool may not replace is this machine's, not Cursor's service",
    ids: ['l-cursor-forum-other-4'],
    paraphrases: [
      {
        text: 'level=error msg="failed to write file: open C:\\Users\\me\\AppData\\Roaming\\Cursor\\User\\settings.json: Access is denied."',
        layer: 'unknown',
      },
      {
        text: 'Error: rename /home/me/.config/Cursor/User/globalStorage/storage.json.tmp /home/me/.config/Cursor/User/globalStorage/storage.json: permission denied',
        layer: 'unknown',
      },
    ],
  },
  {
    name: 'a timeout said in Chinese is the network',
    ids: ['l-openai-5'],
    paraphrases: [
      {text: '请求 OpenAI 接口超时，请检查网络', layer: 'network'},
      {text: '连接被拒绝: api.openai.com', layer: 'network'},
    ],
  },
  {
    name: 'a thinking budget is a request parameter, not a spending budget',
    ids: ['m-anthropic-3', 'l-gateway-8'],
    paraphrases: [
      {
        text: '400 {"type":"error","error":{"type":"invalid_request_error","message":"thinking.budget_tokens: must be less than max_tokens"}}',
        layer: 'request',
      },
      {text: 'Budget has been exceeded! Current cost: 12.5, Max budget: 10.0', layer: 'quota'},
    ],
  },
  {
    name: 'an MCP address without http:// or https:// is the address, not the client',
    ids: ['m-cursor-forum-other-1', 'm-cursor-forum-other-5'],
    paraphrases: [
      {
        text: '[error] Client error for command Streamable HTTP error: Invalid URL protocol: the URL must start with http: or https:.',
        layer: 'base-url',
      },
    ],
  },
  {
    name: 'a value the CLI lists other choices for was passed by whoever ran it',
    ids: ['m-cursor-cli-2'],
    paraphrases: [
      {
        text: "error: option '--output-format <format>' argument 'yaml' is invalid. Allowed choices are text, json, stream-json.",
        layer: 'unknown',
      },
      // An option the build does not know at all is an old CLI.
      {text: "error: unknown option '--trust'", layer: 'cursor-cli'},
    ],
  },
  {
    name: 'plain words where JSON was expected are a program printing beside its answer',
    ids: ['m-cursor-forum-other-7'],
    paraphrases: [
      {text: `Unexpected token 'S', "Starting s"... is not valid JSON`, layer: 'unknown'},
      // An HTML page is a wrong address.
      {text: `Unexpected token '<', "<!DOCTYPE "... is not valid JSON`, layer: 'base-url'},
    ],
  },
  {
    name: 'an empty message block is the request',
    ids: ['m-bedrock-3'],
    paraphrases: [
      {
        text: 'messages: text content blocks must be non-empty',
        layer: 'request',
        provider: 'anthropic',
      },
      {
        text: 'ValidationException: The text field in the ContentBlock object at messages.2.content.0 cannot be empty.',
        layer: 'request',
      },
    ],
  },
  {
    name: "OpenAI's overloaded model is an outage, even inside a RateLimitError",
    ids: ['m-wrapped-2', 'f-azure-13'],
    paraphrases: [
      {
        text: 'openai.error.RateLimitError: The server is overloaded with other requests. Please retry.',
        layer: 'provider-outage',
      },
    ],
  },
  {
    name: "a body cut off from a provider's own address is the provider failing",
    ids: ['m-openrouter-9'],
    paraphrases: [
      {
        text: 'FetchError: invalid json response body at https://api.openai.com/v1/chat/completions reason: Unexpected end of JSON input',
        layer: 'provider-outage',
      },
      // From an address of the user's choosing, the address is the suspect.
      {
        text: 'FetchError: invalid json response body at http://localhost:8080/v1/chat/completions reason: Unexpected end of JSON input',
        layer: 'base-url',
      },
    ],
  },
  {
    name: "OpenRouter's upstream wrapper with its status beside it is read by that status",
    ids: ['m-openrouter-1', 'm-openrouter-2'],
    paraphrases: [
      {text: 'OpenRouter API error 429: Provider returned error', layer: 'rate-limit'},
      {text: 'openrouter: 502 Provider returned error', layer: 'provider-outage'},
      // Alone it names nothing.
      {text: 'Error from provider: Provider returned error', layer: 'unknown'},
    ],
  },
  {
    name: 'an Azure call without its deployment name is the model',
    ids: ['n-azure-8', 'n-azure-9'],
    paraphrases: [
      {
        text: "InvalidRequestError: Must provide an 'engine' or 'deployment_id' parameter to create a <class 'openai.api_resources.completion.Completion'>",
        layer: 'model',
      },
    ],
  },
  {
    name: 'a request the provider takes only in another form is the request',
    ids: ['n-anthropic-11', 'n-openrouter-5', 'n-openrouter-6', 'n-cursor-editor-2'],
    paraphrases: [
      {
        text: 'anthropic.APIError: Streaming is required for operations that may take longer than 10 minutes.',
        layer: 'request',
      },
      {
        text: '{"error":{"message":"No endpoints found that can handle the requested parameters.","code":404}}',
        layer: 'request',
        provider: 'openrouter',
      },
      {text: 'Thinking is mandatory for this model and cannot be turned off', layer: 'request'},
      {
        text: '400 * GenerateContentRequest.contents[1].parts: contents.parts must not be empty.',
        layer: 'request',
      },
    ],
  },
  {
    name: "a tool that cannot find the Cursor app is that tool's setting",
    ids: ['n-cursor-forum-other-6', 'n-cursor-forum-other-7'],
    paraphrases: [
      {text: 'Error: Could not locate the Cursor installation on this machine', layer: 'unknown'},
      {text: 'FileNotFoundError: Cursor app not found in /Applications', layer: 'unknown'},
    ],
  },
  {
    name: "a client that cannot read OpenRouter's keep-alive comments is the tool's bug",
    ids: ['n-openrouter-4'],
    paraphrases: [
      {
        text: 'SyntaxError: Unexpected token \':\', ": OPENROUT"... is not valid JSON',
        layer: 'unknown',
      },
      {
        text: 'failed to JSON parse SSE line ": OPENROUTER PROCESSING"',
        layer: 'unknown',
      },
    ],
  },
  {
    name: "a client's deadline that ran out is the network",
    ids: ['n-google-8'],
    paraphrases: [
      {
        text: 'DeadlineExceeded: the client deadline of 60s ran out before a reply',
        layer: 'network',
      },
    ],
  },
  {
    name: "an MCP resource content Cursor's client does not take is Cursor's side",
    ids: ['n-cursor-forum-other-8'],
    paraphrases: [
      {text: "MCP error: content type 'resource_link' is not supported", layer: 'cursor-service'},
    ],
  },
  {
    name: 'a tool that drives the Cursor CLI reporting its own failure names no layer',
    ids: ['h-cursor-cli-206', 'n-cursor-cli-1', 'g-cursor-cli-2'],
    paraphrases: [
      {
        text: 'Cursor Agent session ended unexpectedly; no result returned to the runner',
        layer: 'unknown',
      },
      {text: 'ACP handshake with cursor-agent did not finish', layer: 'unknown'},
      // Without the CLI named, a failure from Cursor's side stays Cursor's service first.
      {text: 'Cursor run ended with status "error"', layer: 'cursor-service'},
    ],
  },
  {
    name: 'a provider that says its server is busy is failing, not refusing',
    ids: ['o-gateway-1', 'o-gateway-2'],
    paraphrases: [
      {
        text: 'Error: 503 {"error":{"message":"Servers are currently busy, retry shortly"}}',
        layer: 'provider-outage',
      },
      {text: 'DeepSeek API: 服务器繁忙，请稍后重试', layer: 'provider-outage'},
      // A busy line that is a rate limit says so.
      {
        text: 'Too many requests: the service is busy with your earlier calls (429)',
        layer: 'rate-limit',
      },
    ],
  },
  {
    name: 'a certificate for another name at a public host is something in the way',
    ids: ['p-sdk-network-1', 'p-sdk-network-2', 'p-sdk-network-4'],
    paraphrases: [
      {
        text: "Error: Hostname/IP does not match certificate's altnames: Host: api.anthropic.com. is not in the cert's altnames: DNS:*.example-isp.net",
        layer: 'network',
      },
      // At a loopback address someone typed, the base URL names the wrong host.
      {
        text: "fetch failed: Hostname/IP does not match certificate's altnames: IP: 127.0.0.2 is not in the cert's list: 127.0.0.1 (ERR_TLS_CERT_ALTNAME_INVALID)",
        layer: 'base-url',
      },
    ],
  },
  {
    name: 'a proxy or an untrusted certificate in the way is the network, not an outage',
    ids: ['p-sdk-network-7', 'p-gateway-9'],
    paraphrases: [
      {
        text: "httpx.HTTPStatusError: Server error '503 Privoxy Error' for url 'http://127.0.0.1:1234/v1/chat/completions'",
        layer: 'network',
      },
      {
        text: 'upstream error: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain',
        layer: 'network',
      },
    ],
  },
  {
    name: "Bun's word for a host it could not reach is the network",
    ids: ['p-sdk-network-6'],
    paraphrases: [
      {text: 'error: Unable to connect. Is the computer able to access the url?', layer: 'network'},
    ],
  },
  {
    name: 'a safety stop, a request path the API calls invalid, or a parameter the model lacks is the request',
    ids: ['p-google-6', 'p-openai-7', 'p-azure-7'],
    paraphrases: [
      {text: 'Candidate was blocked due to finish_reason: SAFETY', layer: 'request'},
      {
        text: "'$.messages[2].content' is invalid. Please check the API reference.",
        layer: 'request',
      },
      {
        text: 'The logprobs parameter is not available on this model deployment.',
        layer: 'request',
      },
    ],
  },
  {
    name: "Azure's quota code InsufficientQuota is quota, even for a per-minute capacity",
    ids: ['q-azure-8', 'q-azure-9', 'q-azure-10'],
    paraphrases: [
      {
        text: 'Deployment failed (Code: InsufficientQuota): requested capacity exceeds the remaining quota for Tokens Per Minute (thousands) - gpt-4o.',
        layer: 'quota',
      },
      {text: 'InsufficientBalance: top up your account to continue', layer: 'quota'},
      // A per-minute limit without a quota code is still a rate limit.
      {
        text: 'Requests to the ChatCompletions_Create Operation have exceeded the token rate limit of your current tier. Tokens Per Minute limit reached.',
        layer: 'rate-limit',
      },
    ],
  },
  {
    name: 'a token from another tenant than the resource is the credential',
    ids: ['q-azure-2', 'q-azure-3'],
    paraphrases: [
      {
        text: 'AuthenticationError: The tenant of the token does not match the resource tenant.',
        layer: 'provider-key',
      },
    ],
  },
  {
    name: 'too many inputs, a prompt longer than the model length, an empty parameter or a busy thread is the request',
    ids: ['q-azure-4', 'q-azure-5', 'q-gateway-7', 'q-google-9', 'q-openai-9'],
    paraphrases: [
      {
        text: 'InvalidRequestError: Too many inputs. The max number of inputs is 2048.',
        layer: 'request',
      },
      {
        text: 'BadRequestError: This model maximum number of inputs is 96, you sent 120.',
        layer: 'request',
      },
      {
        text: 'ValueError: The prompt (length 40960) is longer than the maximum model length of 32768. Make sure that `max_model_len` is no smaller than the number of text tokens.',
        layer: 'request',
      },
      {
        text: '400 Unable to submit request because it has an empty contents parameter. Add a value to the parameter and try again.',
        layer: 'request',
      },
      {
        text: 'BadRequestError: Thread thread_xxxx already has an active run run_xxxx.',
        layer: 'request',
      },
    ],
  },
  {
    name: "Google's words for its own 500 are the provider failing",
    ids: ['q-google-5'],
    paraphrases: [
      {text: '500 Internal error encountered.', layer: 'provider-outage'},
      {
        text: 'google.api_core.exceptions.InternalServerError: 500 Internal error encountered.',
        layer: 'provider-outage',
      },
    ],
  },
  {
    name: "the editor's launcher not on PATH is the CLI layer, and its AppImage's missing files are Cursor's",
    ids: ['q-cursor-forum-other-1', 'q-cursor-editor-1'],
    paraphrases: [
      {text: 'zsh: command not found: cursor', layer: 'cursor-cli'},
      {text: 'zsh: command not found: cursor-agent', layer: 'cursor-cli'},
      {text: 'zsh: command not found: agent', layer: 'cursor-cli'},
      {
        text: "Error: Cannot find module '/tmp/.mount_CursorAbC123/resources/app/out/main.js'",
        layer: 'cursor-service',
      },
      // Another program missing is not Cursor's launcher.
      {text: 'zsh: command not found: cursorctl', layer: 'unknown'},
    ],
  },
  {
    name: 'TLS spoken to a plain-HTTP port is the base URL, unless the target is a provider host or a proxy',
    ids: ['q-sdk-network-10', 'n-sdk-network-12', 'h-sdk-network-11'],
    paraphrases: [
      {
        text: 'Get "https://192.168.1.20:8080/v1/models": http: server gave HTTP response to HTTPS client',
        layer: 'base-url',
      },
      {
        text: 'Error: write EPROTO 80A8C1D8:error:0A00010B:SSL routines:ssl3_get_record:wrong version number (https://localhost:11434/v1)',
        layer: 'base-url',
      },
      {
        text: "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded (Caused by SSLError(SSLError(1, '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)')))",
        layer: 'network',
      },
      {
        text: 'ProxyError: [SSL: WRONG_VERSION_NUMBER] wrong version number (HTTPS_PROXY=https://proxy.corp:3128)',
        layer: 'network',
      },
    ],
  },
  {
    name: "an MCP tool the server does not have under that name is Cursor's client, and a tool's name is no OpenRouter user",
    ids: ['l-cursor-forum-other-5', 'p-cursor-forum-other-3'],
    paraphrases: [
      {text: 'MCP error -32602: Tool list_issues not found', layer: 'cursor-service'},
      {text: 'Tool mcp_github_create_issue not found', layer: 'cursor-service'},
      // OpenRouter's own "User not found" is still its rejected key.
      {
        text: '401 {"error":{"message":"User not found.","code":401}}',
        layer: 'provider-key',
        provider: 'openrouter',
      },
    ],
  },
  {
    name: 'an Azure subscription not approved for the resource kind is a permission',
    ids: ['r-azure-4', 'r-azure-8'],
    paraphrases: [
      {
        text: "(SpecialFeatureOrQuotaIdRequired) The subscription does not have QuotaId/Feature required by SKU 'S0' from kind 'OpenAI'.",
        layer: 'provider-permission',
      },
    ],
  },
  {
    name: "a Go server that cannot read the request body, Vertex's refusal of a request as built, and DeepSeek's content risk are the request",
    ids: ['r-gateway-2', 'r-gateway-4', 'r-gateway-6', 'r-gateway-7', 'r-wrapped-4'],
    paraphrases: [
      {
        text: '{"error":"invalid character \'}\' looking for beginning of value"}',
        layer: 'request',
      },
      {
        text: 'json: cannot unmarshal string into Go struct field GenerateRequest.options of type map[string]interface {}',
        layer: 'request',
      },
      {
        text: '400 Unable to submit request because at least one contents field is required.',
        layer: 'request',
      },
      {
        text: "openai.BadRequestError: Error code: 400 - {'error': {'message': 'Content Exists Risk'}}",
        layer: 'request',
      },
      // Naming the model, Vertex's refusal is the model's.
      {
        text: '400 Unable to submit request because the model gemini-9-pro is not found for this project.',
        layer: 'model',
      },
    ],
  },
  {
    name: 'an OpenRouter 404 is a model it cannot route; a LiteLLM module path is no proxy; an alias host that does not resolve is the base URL',
    ids: ['r-openrouter-2', 'r-openrouter-6', 'r-sdk-network-6'],
    paraphrases: [
      {text: 'OpenRouter API error 404: Provider returned error', layer: 'model'},
      {text: 'HTTP 404', layer: 'model', provider: 'openrouter'},
      {
        text: "requests.exceptions.ConnectionError: HTTPConnectionPool(host='ollama', port=11434): Max retries exceeded (Caused by NameResolutionError: Failed to resolve 'ollama' ([Errno -2] Name or service not known))",
        layer: 'base-url',
      },
      {
        text: 'litellm.proxy.proxy_server.chat_completion(): Exception occured - litellm.ContextWindowExceededError: prompt is too long',
        layer: 'request',
      },
      // A dotted public name that does not resolve through a proxy stays the network.
      {
        text: 'ProxyError: Unable to connect to proxy (HTTPS_PROXY=http://10.0.0.1:3128)',
        layer: 'network',
      },
    ],
  },
  {
    name: 'a context size exceeded, a field out of bounds, or items out of order is the request, even as a server error',
    ids: ['s-gateway-11', 's-gateway-12', 's-bedrock-7', 's-openai-6'],
    paraphrases: [
      {
        text: '{"error":{"code":500,"message":"Context size has been exceeded.","type":"server_error"}}',
        layer: 'request',
      },
      {
        text: 'llama-server: the request exceeds the available context size, try increasing it',
        layer: 'request',
      },
      {
        text: 'ValidationException: Malformed input request: #/max_tokens: expected maximum: 8192, actual: 20000',
        layer: 'request',
      },
      {
        text: "400: Item 'rs_xxxx' of type 'reasoning' was provided without its required following item.",
        layer: 'request',
      },
      // A server saying it is overloaded stays an outage, whatever the request carried.
      {
        text: '{"error":{"code":500,"message":"Model overloaded while processing tool_calls","type":"server_error"}}',
        layer: 'provider-outage',
      },
    ],
  },
  {
    name: "an HTML page where JSON was expected is the base URL, even inside a wrapper's 500",
    ids: ['s-openrouter-3'],
    paraphrases: [
      {
        text: 'API Error (502 {"error":{"message":"Unexpected token \'<\', \"<!DOCTYPE \"... is not valid JSON","type":"api_error"}})',
        layer: 'base-url',
      },
    ],
  },
  {
    name: 'a header, URI scheme, private network or signing region the endpoint refuses is the base URL',
    ids: ['s-anthropic-9', 's-azure-6', 's-cursor-editor-2', 's-bedrock-5', 's-gateway-6'],
    paraphrases: [
      {text: '400 invalid_request_error: anthropic-version: header is required', layer: 'base-url'},
      {
        text: "Invalid URI: 'https://x.openai.azure.com/openai/realtime' scheme isn't ws or wss",
        layer: 'base-url',
      },
      {text: 'Error: Access to private network is blocked for custom endpoints', layer: 'base-url'},
      {
        text: 'SignatureDoesNotMatch: Credential should be scoped to correct service: bedrock',
        layer: 'base-url',
        provider: 'bedrock',
      },
      {text: 'Error: 403 Forbidden from Ollama at http://192.168.1.5:11434', layer: 'base-url'},
      // OpenRouter's wrapper alone still names no layer.
      {text: 'Provider returned error', layer: 'unknown', provider: 'openrouter'},
    ],
  },
  {
    name: "Azure's capacity that the deployment would exceed is quota",
    ids: ['s-azure-3'],
    paraphrases: [
      {
        text: "The specified capacity '120' of account deployment is bigger than the available capacity '40' for UsageName 'Tokens Per Minute (thousands) - gpt-4o'.",
        layer: 'quota',
      },
    ],
  },
  {
    name: "a browser page's own failed fetch is the address or its CORS rule first",
    ids: ['g-sdk-network-3', 't-sdk-network-7', 't-sdk-network-8', 't-sdk-network-9'],
    paraphrases: [
      {text: 'Uncaught (in promise) TypeError: Failed to fetch', layer: 'base-url'},
      {text: 'TypeError: Load failed', layer: 'base-url'},
      // Without the page's TypeError, a tool's "Failed to fetch" stays the network.
      {text: 'API Request Failed: Failed to fetch', layer: 'network'},
    ],
  },
  {
    name: "Bedrock's ValidationException is the request as built, unless it names the model or an operation the endpoint lacks",
    ids: ['t-bedrock-9', 't-bedrock-10', 't-bedrock-11', 'e-bedrock-7'],
    paraphrases: [
      {
        text: '{"__type":"ValidationException","message":"messages.1: consecutive user turns are not allowed"}',
        layer: 'request',
        provider: 'bedrock',
        status: 400,
      },
      {
        text: '{"__type":"ValidationException","message":"The provided model identifier is invalid."}',
        layer: 'model',
        provider: 'bedrock',
        status: 400,
      },
      {text: 'The attachment name can only contain letters, digits and hyphens.', layer: 'request'},
    ],
  },
  {
    name: "Cursor asking for a login to use its AI features, Google's billed-users gate, the Batch queue's token limit and a DNS configuration that cannot be read",
    ids: ['t-cursor-forum-other-7', 't-google-4', 't-openai-3', 't-sdk-network-6'],
    paraphrases: [
      {text: 'Please log in to use the AI features.', layer: 'cursor-account'},
      {
        text: '400 INVALID_ARGUMENT: This API is only available to billed accounts.',
        layer: 'quota',
      },
      {
        text: 'openai.BadRequestError: token_limit_exceeded: Enqueued token limit reached for gpt-4.1 in organization org-xxxx.',
        layer: 'rate-limit',
      },
      {text: 'error reading DNS system conf: could not parse /etc/resolv.conf', layer: 'network'},
    ],
  },
  {
    name: "an edge's error page titled with its words for a failure is an outage; a page titled otherwise is the address",
    ids: ['t-openrouter-7'],
    paraphrases: [
      {
        text: '<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>',
        layer: 'provider-outage',
      },
      {
        text: '<html><head><title>api.example.com | Origin is unreachable</title></head>',
        layer: 'provider-outage',
      },
      {text: '<!DOCTYPE html><html><head><title>Sign in</title></head><body>', layer: 'base-url'},
    ],
  },
  {
    name: "roles that must alternate are the request; a script's own URL in a stack frame is not where the request went",
    ids: ['u-gateway-3', 'u-gateway-4', 'u-sdk-network-5'],
    paraphrases: [
      {
        text: "BadRequestError: 400 - {'message': 'Conversation roles must alternate user/assistant/user/assistant/...'}",
        layer: 'request',
      },
      {
        text: 'AxiosError: timeout of 10000ms exceeded\n    at u.onTimeout (http://192.168.0.12:3000/assets/index-4f2a.js:12:3301)',
        layer: 'network',
      },
      // The request's own private target is still the address.
      {
        text: 'AxiosError: connect ECONNREFUSED 192.168.0.12:8080 (POST http://192.168.0.12:8080/v1/chat/completions)',
        layer: 'base-url',
      },
    ],
  },
  {
    name: 'a thinking budget is a parameter, roles a template refuses are the request, and a model an action or deployment does not take is the model',
    ids: ['v-google-8', 'v-google-9', 'v-gateway-2', 'v-bedrock-3', 'v-azure-8', 'v-azure-9'],
    paraphrases: [
      {
        text: '400 INVALID_ARGUMENT: Thinking budget is not supported for this model.',
        layer: 'request',
      },
      {text: 'Jinja template error: only user and assistant roles are supported', layer: 'request'},
      {
        text: "ValidationException: This action doesn't support the model that you provided. Try again with a supported text or chat model.",
        layer: 'model',
      },
      {
        text: '(DeploymentModelNotSupported) The model is not supported in this region.',
        layer: 'model',
      },
      // A spending budget is still money.
      {
        text: 'Your monthly budget has been exceeded. Raise it in the billing settings.',
        layer: 'quota',
      },
    ],
  },
  {
    name: "Cursor's tool-call cap, an API key where Google wants OAuth2, old Node's altname words, legacy renegotiation, and a read timeout at a local address",
    ids: [
      'v-cursor-editor-1',
      'v-google-10',
      'p-google-2',
      'v-sdk-network-2',
      'v-sdk-network-5',
      'v-sdk-network-9',
    ],
    paraphrases: [
      {
        text: 'We stop the agent after 25 tool calls by default. Ask it to continue.',
        layer: 'cursor-plan',
      },
      {
        text: '401 UNAUTHENTICATED: API keys are not supported by this API. Expected OAuth2 access token.',
        layer: 'provider-key',
        provider: 'google',
      },
      {
        text: 'Error: Hostname/IP doesn\'t match certificate\'s altnames: "Host: api.example.com"',
        layer: 'network',
      },
      {
        text: 'ssl.SSLError: [SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED] unsafe legacy renegotiation disabled',
        layer: 'network',
      },
      {
        text: "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='localhost', port=11434): Read timed out. (read timeout=120)",
        layer: 'network',
      },
      // Refused at a local address is still the address.
      {
        text: "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=11434): Max retries exceeded (Caused by NewConnectionError: [Errno 111] Connection refused)",
        layer: 'base-url',
      },
    ],
  },
  {
    name: "a program's own failure before any request: a keyword argument its library lacks, a command line too long, a sign-up bot check",
    ids: ['s-wrapped-8', 'w-wrapped-8', 'w-cursor-cli-1', 'w-cursor-forum-other-2'],
    paraphrases: [
      {
        text: "TypeError: Completions.create() got an unexpected keyword argument 'reasoning_effort'",
        layer: 'unknown',
      },
      {text: 'Error: spawn /usr/local/bin/agent E2BIG', layer: 'unknown'},
      {text: '/bin/sh: 1: cursor-agent: Argument list too long', layer: 'unknown'},
      {text: 'Turnstile verification failed after 3 attempts', layer: 'unknown'},
      // A provider refusing an argument is still the request.
      {text: 'Unrecognized request argument supplied: reasoning_effort', layer: 'request'},
      // A proxy named as the way there is still the network; a package called "…-proxy" is not.
      {
        text: 'Error: connect ECONNREFUSED 10.0.0.1:8080 (HTTPS_PROXY=http://10.0.0.1:8080)',
        layer: 'network',
      },
      {
        text: 'Error: read ECONNRESET\n    at /home/dev/node_modules/llm-proxy/dist/index.js:10:3',
        layer: 'network',
      },
    ],
  },
  {
    name: 'a URL built wrong (a scheme for a host, a path piece twice, no route there), a model retired by its display name, a well-known host that does not resolve, an account barred',
    ids: [
      'w-sdk-network-5',
      'w-gateway-9',
      'w-anthropic-6',
      'w-google-2',
      'w-google-1',
      'w-sdk-network-3',
      'w-openai-7',
      'w-wrapped-2',
    ],
    paraphrases: [
      {text: 'Error: getaddrinfo ENOTFOUND http', layer: 'base-url'},
      {text: 'getaddrinfo ENOTFOUND undefined', layer: 'base-url'},
      {text: 'No static resource v1/chat/completions.', layer: 'base-url'},
      {text: 'POST https://llm.example.org/v1/v1/chat/completions returned 404', layer: 'base-url'},
      {text: 'Error: Not Found', layer: 'base-url', provider: 'openai'},
      {text: 'Not Found for url: https://llm.example.org/api/chat', layer: 'base-url'},
      {
        text: '404 Not Found: PaLM 2 Chat Bison has been deprecated. Please move to a newer model.',
        layer: 'model',
      },
      {text: 'Error: getaddrinfo ENOTFOUND registry.npmjs.org', layer: 'network'},
      {
        text: '{"error":{"message":"Your access was terminated due to violation of our policies.","type":"access_terminated","code":null}}',
        layer: 'provider-key',
      },
      {text: 'messages: first message must be a user message', layer: 'request'},
      // A name someone typed that does not resolve is still the base URL, a provider's the network.
      {text: 'Error: getaddrinfo ENOTFOUND my-llm.example.org', layer: 'base-url'},
      {text: 'Error: getaddrinfo ENOTFOUND api.openai.com', layer: 'network'},
      {text: 'Error: Not Found: model llama3 not found', layer: 'model'},
    ],
  },
  {
    name: "Z.AI's balance error (code 1113) is a Coding Plan key at the pay-as-you-go endpoint, even inside a 429",
    ids: ['v-gateway-3', 'v-gateway-4', 'v-gateway-5'],
    paraphrases: [
      {
        text: '{"error":{"code":"1113","message":"Insufficient balance or no resource package. Please recharge."}}',
        layer: 'base-url',
        status: 429,
      },
      {text: 'Error 1113: 余额不足或无可用资源包', layer: 'base-url'},
      // Other providers' balance words stay money, whatever the status.
      {text: 'Insufficient Balance', layer: 'quota', status: 402},
      {
        text: 'HTTP 429: You exceeded your current quota, please check your plan and billing details.',
        layer: 'quota',
      },
    ],
  },
  {
    // anthropics/claude-code#50784, #56392, #23472 (resolved by turning extra usage on);
    // Wei-Shaw/sub2api#572; griffinmartin/opencode-claude-auth#209.
    name: 'extra usage required for long-context requests is money the plan lacks, even inside a 429 rate_limit_error',
    ids: [],
    paraphrases: [
      {
        text: 'Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"Extra usage is required for long context requests."},"request_id":"req_011CaDN5ruUzzZ7auxMPerEW"}',
        layer: 'quota',
      },
      {
        text: 'API Error: Extra usage is required for 1M context · run /extra-usage to enable, or /model to switch to standard context',
        layer: 'quota',
      },
      {
        text: "opencode-claude-auth: API 429 for claude-sonnet-4-6: You're out of extra usage. Add more at your usage settings.",
        layer: 'quota',
      },
      // A plain rate limit stays a rate limit.
      {
        text: 'Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}}',
        layer: 'rate-limit',
      },
    ],
  },
  {
    // google-gemini/gemini-cli#11814, #26956, #17208; continuedev/continue#11047; xincmm/sageread#8:
    // a client's history out of Gemini's turn order, fixed in the client or by a new chat.
    name: "Gemini's function call and response turns out of order are the request, with or without a status",
    ids: ['p-google-5', 's-google-12'],
    paraphrases: [
      {
        text: 'Please ensure that function call turn comes immediately after a user turn or after a function response turn.',
        layer: 'request',
      },
      {
        text: 'Please ensure that function response turn comes immediately after a function call turn.',
        layer: 'request',
      },
      {
        text: '[API Error: Please ensure that the number of function response parts is equal to the number of function call parts of the function call turn.]',
        layer: 'request',
      },
      // Gemini's key refusal in the same envelope stays the key.
      {
        text: '{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}',
        layer: 'provider-key',
      },
    ],
  },
  {
    // openai/codex#3124, #3899, #4104, #21421, #2330: the ChatGPT plan's Codex limit.
    name: "Codex's usage limit on a ChatGPT plan is that plan's quota, not Cursor's limit",
    ids: [],
    paraphrases: [
      {
        text: "■ You've hit your usage limit. Upgrade to Pro (https://openai.com/chatgpt/pricing) or try again in 5 days 22 hours 11 minutes.",
        layer: 'quota',
      },
      {
        text: '🖐 To use Codex with your ChatGPT plan, upgrade to Plus: https://openai.com/chatgpt/pricing.',
        layer: 'quota',
      },
      {text: 'I upgraded to Pro but I still see "You\'re out of Codex messages"', layer: 'quota'},
      // Cursor's own words stay Cursor's plan.
      {
        text: "Error: You've hit your usage limit\nGet Cursor Pro for more Agent usage, unlimited Tab, and more.\nfallbackModel:\nspendLimitHit: false",
        layer: 'cursor-plan',
      },
      {text: "You've hit your usage limit", layer: 'cursor-plan'},
    ],
  },
  {
    // BerriAI/litellm#1477, #4314, #8392: a proxy key's max_parallel_requests, answered with 429.
    name: "a gateway's parallel-request limit is a rate limit, not Cursor's request limit",
    ids: ['i-gateway-6'],
    paraphrases: [
      {text: 'Max parallel request limit reached 2', layer: 'rate-limit'},
      {text: 'max_parallel_requests limit reached', layer: 'rate-limit'},
      {
        text: 'litellm.RateLimitError: Max parallel request limit reached. Hit limit for api_key: abc.',
        layer: 'rate-limit',
      },
      {text: 'You have exceeded the parallel request limit for this key.', layer: 'rate-limit'},
      {text: "You've hit your concurrent request limit.", layer: 'rate-limit'},
      // Cursor's own request allowance stays its plan.
      {text: 'You have reached your request limit', layer: 'cursor-plan'},
    ],
  },
  {
    name: 'a resource with key sign-in turned off is a permission, even with no provider named',
    ids: ['n-azure-10', 'n-azure-11'],
    paraphrases: [
      {
        text: "Error code: 403 - {'error': {'code': 'AuthenticationTypeDisabled', 'message': 'Key based authentication is disabled for this resource.'}}",
        layer: 'provider-permission',
      },
      {
        text: 'AuthenticationTypeDisabled: Key based authentication is disabled for this resource.',
        layer: 'provider-permission',
      },
      // A key refused for itself stays the key.
      {
        text: '401 Access denied due to invalid subscription key or wrong API endpoint.',
        layer: 'provider-key',
      },
    ],
  },
  {
    // aws/aws-cli#4626, Nike-Inc/gimme-aws-creds#332: a named AWS profile that is not configured.
    name: "Gemini's 500 pointing at its own troubleshooting page is Google failing; an AWS profile not found is the credentials",
    ids: ['g-google-10', 'n-google-3', 'y-google-8'],
    paraphrases: [
      {
        text: '500 An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
        layer: 'provider-outage',
      },
      {
        text: 'botocore.exceptions.ProfileNotFound: The config profile (default) could not be found',
        layer: 'provider-key',
      },
      {text: 'The config profile (bedrock-dev) could not be found', layer: 'provider-key'},
      // Cursor's own internal error stays Cursor's.
      {text: 'ConnectError: [internal] internal error', layer: 'cursor-service'},
    ],
  },
  {
    // sindresorhus/is-network-error#5, OpenRouterTeam/ai-sdk-provider#412, langgraphjs#1887:
    // undici's "terminated" is the connection closed under a streamed answer.
    name: "Node's fetch 'terminated' is the connection cut mid-answer, the network",
    ids: ['x-sdk-network-3'],
    paraphrases: [
      {text: 'TypeError: terminated', layer: 'network'},
      {text: 'API Error: terminated', layer: 'network'},
      {text: 'TypeError: terminated\n  [cause]: SocketError: other side closed', layer: 'network'},
      // A crash that ends in the same word is no connection.
      {text: '*** stack smashing detected ***: terminated', layer: 'unknown'},
    ],
  },
  {
    name: 'a key refused by a provider with a global and a China platform is first a key made on the other one',
    ids: ['o-gateway-4'],
    paraphrases: [
      {
        text: 'litellm.AuthenticationError: AuthenticationError: MoonshotException - Invalid Authentication',
        layer: 'base-url',
      },
      {
        text: 'Login failed: moonshot API key validation failed (401): {"error":{"message":"Invalid Authentication","type":"invalid_authentication_error"}}',
        layer: 'base-url',
      },
      {
        text: '{"base_resp":{"status_code":2049,"status_msg":"invalid api key"}}',
        layer: 'base-url',
      },
      {text: 'MiniMax API Error: 401 invalid api key', layer: 'base-url'},
      // Other providers' refused keys stay the key, even where the message names an endpoint.
      {
        text: '401 Access denied due to invalid subscription key or wrong API endpoint.',
        layer: 'provider-key',
      },
      {
        text: '{"error":{"message":"Incorrect API key provided: sk-proj-********abcd.","type":"invalid_request_error","code":"invalid_api_key"}}',
        layer: 'provider-key',
        status: 401,
      },
    ],
  },
  {
    name: "what one request carried (cache breakpoints, a parameter's value, turns out of order, a chain to a response not kept, a 422), and codes that name the model",
    ids: [
      'x-anthropic-1',
      'x-anthropic-7',
      'x-google-5',
      'x-openai-10',
      'x-wrapped-7',
      'x-azure-4',
      'x-gateway-9',
      'x-gateway-11',
    ],
    paraphrases: [
      {
        text: '400 invalid_request_error: A maximum of 4 blocks with cache_control may be provided. Found 6.',
        layer: 'request',
      },
      {text: '`temperature` cannot be set to 2 for this model.', layer: 'request'},
      {
        text: 'Please ensure that multiturn requests end with a user role or a function response.',
        layer: 'request',
      },
      {text: "Previous response with id 'resp_abc123' not found.", layer: 'request'},
      {text: 'Something went wrong: Error: 422 status code (no body)', layer: 'request'},
      {
        text: "ServiceModelDeprecated: The model 'gpt-35-turbo' version '0301' is deprecated.",
        layer: 'model',
      },
      {
        text: 'Error code: 404 - The request targeted an endpoint that does not exist or is invalid.',
        layer: 'model',
      },
      // Vague words with no status stay Cursor's own failure.
      {text: 'Something went wrong. Please try again.', layer: 'cursor-service'},
    ],
  },
  {
    name: "a program's own bug, a tool reading Cursor's files from a path it assumed, missing credentials, a project with no connection, an Azure key that OpenAI answered",
    ids: ['x-bedrock-13', 'x-cursor-forum-other-1', 'x-azure-3', 'x-azure-8', 'x-azure-9'],
    paraphrases: [
      {
        text: "AttributeError: module 'openai' has no attribute 'ChatCompletion'",
        layer: 'unknown',
      },
      {
        text: 'HTTP 500: {"detail": "\'NoneType\' object has no attribute \'get\'"}',
        layer: 'unknown',
      },
      {
        text: "FileNotFoundError: [Errno 2] No such file or directory: '/opt/Cursor/resources/app/product.json'",
        layer: 'unknown',
      },
      {
        text: 'OpenAIError: Missing credentials. Please pass an `apiKey`, or set the `OPENAI_API_KEY` environment variable.',
        layer: 'provider-key',
      },
      {
        text: '400: No Azure OpenAI connection associated with this project.',
        layer: 'provider-permission',
      },
      {
        text: 'AuthenticationError: Incorrect API key provided: 1a2b****9z0y. You can find your API key at https://platform.openai.com/account/api-keys.',
        layer: 'base-url',
        provider: 'azure',
      },
      // The same words about an OpenAI key stay the key; a plain 500 stays the provider's outage.
      {
        text: 'AuthenticationError: Incorrect API key provided: sk-proj-****9z0y.',
        layer: 'provider-key',
        provider: 'openai',
      },
      {text: 'HTTP 500: Internal Server Error', layer: 'provider-outage'},
    ],
  },
  {
    name: "a workspace header, a batch cap, an image not valid, Google's invalid_argument and a resource busy are the request; a client not allowed is a permission; an Azure code and a ModelNotFound class are the model",
    ids: [
      'y-anthropic-5',
      'y-google-5',
      'y-google-6',
      'y-google-7',
      'y-azure-3',
      'y-anthropic-6',
      'y-azure-4',
      'y-wrapped-1',
      'y-azure-2',
    ],
    paraphrases: [
      {
        text: 'anthropic-workspace-id header is required for this API key.',
        layer: 'request',
      },
      {
        text: '400 INVALID_ARGUMENT: at most 250 requests can be in one batch',
        layer: 'request',
      },
      {text: 'Error 400: The image is not valid.', layer: 'request'},
      {text: 'generic::invalid_argument: Request contains an invalid field', layer: 'request'},
      {
        text: 'Code: RequestConflict. Another operation is being performed on the parent resource.',
        layer: 'request',
      },
      {
        text: '{"error":{"type":"permission_error","message":"Client not allowed"}}',
        layer: 'provider-permission',
      },
      {
        text: '{"code": "ServiceModelDeprecated", "message": "The model version is not supported."}',
        layer: 'model',
        provider: 'azure',
      },
      {text: 'OllamaModelNotFoundException: llama9', layer: 'model'},
      // A field the request must leave empty is the request; a service at capacity is failing.
      {text: "The field 'seed' must be omitted for this deployment type.", layer: 'request'},
      {text: 'Service temporarily at capacity, please retry', layer: 'provider-outage'},
      // A snake_case code beside an organisation's words stays the organisation's permission.
      {
        text: '{"message":"Your organization must be verified to use this model.","code":"unsupported_value"}',
        layer: 'provider-permission',
      },
    ],
  },
  {
    name: 'from `z-`: a parameter deprecated for the model, a grammar the server cannot build, or a refusal is the request',
    ids: [
      'z-anthropic-6',
      'z-anthropic-7',
      'z-gateway-11',
      'z-gateway-12',
      'z-gateway-13',
      'z-azure-2',
    ],
    paraphrases: [
      {text: '`top_k` is deprecated for this model.', layer: 'request'},
      {text: 'parameter presence_penalty is deprecated with this model', layer: 'request'},
      {text: 'llama-server: failed to parse grammar (tool schema)', layer: 'request'},
      {text: 'srv error: Failed to initialize samplers', layer: 'request'},
      {text: "I'm sorry, but I can't help with this.", layer: 'request'},
      // The model itself retired is the model, not the request.
      {text: 'The model claude-2.0 is deprecated.', layer: 'model'},
    ],
  },
  {
    name: 'from `z-`: a region no cloud has, two API versions in a path, a Go deadline, an Ollama pull refused, a Ruby keyword',
    ids: ['z-bedrock-3', 'z-wrapped-5', 'z-sdk-network-9', 'z-gateway-10', 'z-wrapped-2'],
    paraphrases: [
      {
        text: 'getaddrinfo ENOTFOUND bedrock-runtime.eu-west-7.amazonaws.com',
        layer: 'base-url',
        provider: 'bedrock',
      },
      // A real region that does not resolve is this machine's DNS.
      {
        text: 'getaddrinfo ENOTFOUND bedrock-runtime.ap-southeast-7.amazonaws.com',
        layer: 'network',
        provider: 'bedrock',
      },
      {
        text: 'POST https://api.example.com/v2/v1/chat/completions 404 Not Found',
        layer: 'base-url',
      },
      {text: 'Get "http://localhost:11434/api/tags": context deadline exceeded', layer: 'network'},
      // A dial that never connected to a host someone typed is the address first.
      {
        text: 'dial tcp 10.0.0.9:11434: connect: context deadline exceeded',
        layer: 'base-url',
      },
      // Go says the same when it never connected: an address named keeps the address a suspect.
      {
        text: 'Post "http://192.168.1.50:11434/api/chat": context deadline exceeded',
        layer: 'base-url',
      },
      {text: 'Error: pull model manifest: 404', layer: 'model'},
      // The registry out of reach is the network, not the model name.
      {
        text: 'Error: pull model manifest: Get "https://registry.ollama.ai/v2/library/llama3/manifests/latest": dial tcp: lookup registry.ollama.ai: no such host',
        layer: 'network',
      },
      {
        text: "client.rb:12:in `complete': missing keyword: :model (ArgumentError)",
        layer: 'unknown',
      },
      {
        text: "undefined method `chat_completion' for an instance of OpenAI::Client (NoMethodError)",
        layer: 'unknown',
      },
    ],
  },
  {
    name: 'from `za-`: a shape, a thinking setting, a duplicate tool name or a message content the API refuses is the request',
    ids: ['za-anthropic-1', 'za-anthropic-5', 'za-anthropic-7', 'za-azure-1', 'za-google-5'],
    paraphrases: [
      {text: 'messages.0.content: Input does not match the expected shape.', layer: 'request'},
      {text: "400 'claude-3-haiku-20240307' does not support reasoning.", layer: 'request'},
      {text: 'Function names must be unique within a request.', layer: 'request'},
      {text: "Invalid message content: only 'text' parts are allowed here.", layer: 'request'},
      {
        text: 'Error 400: Budget 0 is invalid. This model only works in thinking mode.',
        layer: 'request',
      },
      // A spending budget used up stays money.
      {text: 'Budget has been exceeded! Current cost: 10.02, Max budget: 10.0', layer: 'quota'},
    ],
  },
  {
    name: "from `za-`: another OpenAI-compatible provider's key refused by OpenAI is the base URL; a region refused in the plural is a permission; a company's web filter is the network",
    ids: ['za-openrouter-51', 'za-bedrock-9', 'za-sdk-network-55', 'e-wrapped-15', 'h-wrapped-23'],
    paraphrases: [
      {
        text: 'Error: 401 Incorrect API key provided: sk-or-v1****3a8e. You can find your API key at https://platform.openai.com/account/api-keys.',
        layer: 'base-url',
      },
      // OpenAI's own key, a key no provider claims, a Google key and Cursor's own stay the key.
      {
        text: 'Error: 401 Incorrect API key provided: sk-proj-****1234. You can find your API key at https://platform.openai.com/account/api-keys.',
        layer: 'provider-key',
      },
      {
        text: 'Incorrect API key provided: sk-12345***6789. You can find your API key at https://platform.openai.com/account/api-keys.',
        layer: 'provider-key',
      },
      {
        text: 'Incorrect API key provided: AIzaSyBx********abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
        layer: 'provider-key',
      },
      {
        text: 'Incorrect API key provided: key_8Tjw********rtUb. You can find your API key at https://platform.openai.com/account/api-keys.',
        layer: 'provider-key',
      },
      // OpenAI's own key beside an Azure endpoint is an Azure client that fell back to OpenAI.
      {
        text: '401 Incorrect API key provided: sk-proj-****abcd. Error calling https://myres.openai.azure.com/openai/deployments/x',
        layer: 'base-url',
      },
      {text: 'Error 401: Incorrect API key provided: undefined.', layer: 'provider-key'},
      {
        text: 'This service is not allowed from unsupported countries, regions, or territories.',
        layer: 'provider-permission',
      },
      {text: 'Reputation block outbound request: malicious URL', layer: 'network'},
    ],
  },
  {
    name: 'a bare 404 is a path with nothing behind it; one naming a model or an upstream is the model',
    ids: ['m-bedrock-4', 'q-bedrock-9', 'l-openrouter-4'],
    paraphrases: [
      {text: 'Error: Request failed with status code 404', layer: 'base-url'},
      {text: 'HTTP 404', layer: 'base-url'},
      {text: 'HTTP 404 for model gpt-5-turbo', layer: 'model'},
      {text: 'The upstream provider returned HTTP 404.', layer: 'model'},
    ],
  },
];

describe('message classes first seen in texts the rules had never met', () => {
  for (const {name, ids, paraphrases} of CLASSES) {
    describeMeaningClass(name, {corpus: ids, paraphrases});
  }
});
