// Cursor's own texts, read by meaning: each class of message is pinned by the studied corpus lines
// that showed it (tuning and dev) and by paraphrases that no corpus line holds (other wordings,
// other tools, other payload shapes), so a rule that only knows one thread's words fails here.
import {describe, expect, it} from 'vitest';
import type {Layer} from '../../source/core/vocabulary.js';
import {classifyError} from './classify-under-test.js';
import {describeMeaningClasses, type MeaningClass} from './meaning-harness.js';

const CLASSES: Record<string, MeaningClass> = {
  "Cursor's own words in its payload outrank the transport code beside them": {
    corpus: ['f-cursor-forum-other-1', 'f-cursor-forum-other-3'],
    paraphrases: [
      {
        text: '{"code":"resource_exhausted","message":"Error","details":[{"type":"aiserver.v1.ErrorDetails","debug":{"error":"ERROR_CUSTOM_MESSAGE","details":{"title":"Slow down","detail":"You have used all your fast requests this month. Upgrade your plan or wait for the reset."}}}]}',
        layer: 'cursor-plan',
      },
      {
        text: '{"error":{"code":"unavailable","message":"{\\"title\\":\\"Update required\\",\\"detail\\":\\"This version is no longer supported. Please update to the latest version of Cursor.\\"}"}}',
        layer: 'cursor-service',
        status: 503,
      },
      {
        text: '{"type":"error","code":"resource_exhausted","message":"{\\"title\\":\\"Internal error\\",\\"detail\\":\\"Something went wrong on our side. Please try again.\\"}"}',
        layer: 'cursor-service',
        status: 429,
      },
    ],
  },
  "Cursor's plan limits, said as a limit reached, a free tier's gate or a paid-only model": {
    corpus: [
      'f-cursor-editor-4',
      'f-cursor-editor-16',
      'e-cursor-editor-26',
      'c-cursor-editor-19',
      'c-cursor-cli-2',
    ],
    paraphrases: [
      {
        text: 'You have reached your monthly request allowance. Upgrade your plan or wait until it resets.',
        layer: 'cursor-plan',
      },
      {text: 'Free accounts are limited to the Auto model.', layer: 'cursor-plan'},
      {text: 'Claude Opus is only available to Pro subscribers.', layer: 'cursor-plan'},
      {text: 'Your included usage for this billing cycle is used up.', layer: 'cursor-plan'},
      {text: 'Slow request, get fast access here', layer: 'cursor-plan'},
      {text: 'Background agents are not available on your plan.', layer: 'cursor-plan'},
      {text: 'Your Cursor plan does not include Background Agents.', layer: 'cursor-plan'},
      {text: "You've used 500/500 fast requests this month", layer: 'cursor-plan'},
      {text: 'Requires Pro (Cursor Tab)', layer: 'cursor-plan', provider: 'cursor'},
      {text: 'ConnectError: [resource_exhausted] Error', layer: 'cursor-plan', provider: 'cursor'},
      // The same gate met with a provider key in play is a feature that does not take it.
      {text: 'Cursor Pro required for this feature', layer: 'feature', provider: 'openai'},
      {
        text: 'Your team admin has disabled this model.',
        layer: 'cursor-plan',
        provider: 'cursor',
      },
      {
        text: 'Your usage limits will reset when your monthly cycle ends on 10/2/2026.',
        layer: 'cursor-plan',
      },
      // Reading a usage counter failed: no limit was hit, and a 404 naming no model is the path.
      {
        text: '[API] Error fetching usage limit: Request failed with status code 404',
        layer: 'base-url',
      },
    ],
  },
  "Cursor's MCP client not taking what a server offers is Cursor's side": {
    corpus: ['f-cursor-editor-11', 'e-cursor-forum-other-3'],
    paraphrases: [
      {text: "No tools found for MCP server 'github'", layer: 'cursor-service'},
      {
        text: 'The MCP tool returned an audio block, which is not supported yet.',
        layer: 'cursor-service',
      },
    ],
  },
  // The studied threads found the server or its mcp.json entry at fault each time, never Cursor.
  'an MCP server that stopped or never started is that server: unknown, no key': {
    corpus: ['h-cursor-forum-other-203', 'i-cursor-forum-other-3', 'i-cursor-forum-other-4'],
    paraphrases: [
      {text: 'MCP postgres: Client closed', layer: 'unknown'},
      {
        text: '[error] weather: Failed to reload client: MCP error -32000: Connection closed',
        layer: 'unknown',
      },
      {
        text: 'McpError: MCP error -32601: Method not found\n    at Client._onresponse (node_modules/@modelcontextprotocol/sdk/dist/cjs/shared/protocol.js:310:27)',
        layer: 'unknown',
      },
    ],
  },
  'a tool or MCP server the model cannot take is the request, not the key': {
    corpus: ['f-cursor-editor-9', 'f-cursor-editor-10'],
    paraphrases: [
      {
        text: "Tool 'search_files' has an input schema that claude-3-5-sonnet does not accept. Disable the MCP server or pick another model.",
        layer: 'request',
      },
      {
        text: 'The function parameters schema for mcp_github_create_issue is not compatible with this model.',
        layer: 'request',
      },
      {
        text: 'ConnectError: [invalid_argument] The model returned an error. Try turning off MCP servers.',
        layer: 'request',
      },
    ],
  },
  'a provider that Cursor could not reach, or that reports an outage, is the provider': {
    corpus: ['f-cursor-editor-12', 'f-cursor-editor-13', 'c-cursor-editor-8', 'c-cursor-editor-13'],
    paraphrases: [
      {
        text: 'Error connecting to OpenAI. Please try again in a few moments.',
        layer: 'provider-outage',
      },
      {text: 'We are having trouble reaching Gemini right now.', layer: 'provider-outage'},
      {
        text: 'Google is experiencing a major outage; requests may fail for a while.',
        layer: 'provider-outage',
        provider: 'google',
      },
      // The same words with a network cause are this machine's network.
      {
        text: "Error connecting to OpenAI: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded",
        layer: 'network',
      },
    ],
  },
  "a failing service that is Cursor's own, by its own marks, is Cursor's service": {
    corpus: ['f-cursor-forum-other-6', 'c-cursor-editor-26', 'c-cursor-editor-44'],
    paraphrases: [
      {
        text: 'Something went wrong. Please try again later. (Request ID: 7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b)',
        layer: 'cursor-service',
      },
      {text: "Cursor's servers are overloaded, try again later", layer: 'cursor-service'},
      {
        text: "The window terminated unexpectedly (reason: 'crashed', code: '5')",
        layer: 'cursor-service',
      },
      // The same words naming the provider are the provider's.
      {
        text: 'OpenAI is overloaded, try again later. (Request ID: 7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b)',
        layer: 'provider-outage',
      },
    ],
  },
  "a Cursor build too old for its backend is Cursor's side: update it": {
    corpus: ['c-cursor-editor-44', 'f-cursor-forum-other-1'],
    paraphrases: [
      {
        text: 'This version of Cursor is no longer supported. Please update.',
        layer: 'cursor-service',
      },
      {
        text: 'Your client is outdated. Please update Cursor to keep using Agent.',
        layer: 'cursor-service',
      },
      {
        text: '{"error":"ERROR_OUTDATED_CLIENT","details":{"title":"Update required","detail":"Please restart to update."}}',
        layer: 'cursor-service',
      },
    ],
  },
  "Cursor's check of a custom model through the key is the endpoint first": {
    corpus: ['e-cursor-editor-15', 'c-cursor-editor-10'],
    paraphrases: [
      {
        text: 'The model llama3.1:8b does not work with your current plan or api key',
        layer: 'base-url',
      },
      {
        text: 'Invalid Model: The model deepseek-coder does not work with your current plan or API key (Request ID: 11112222-3333-4444-5555-666677778888)',
        layer: 'base-url',
      },
    ],
  },
  'a browser-side call that got no status, or a CORS refusal, is the endpoint': {
    corpus: ['e-cursor-editor-16'],
    paraphrases: [
      {
        text: "Access to fetch at 'https://my-gateway.example.com/v1/models' from origin 'vscode-file://vscode-app' has been blocked by CORS policy",
        layer: 'base-url',
      },
      {text: 'Verify failed: request error (status: 0)', layer: 'base-url'},
      // An organisation refusing browser calls is a permission, not the endpoint.
      {
        text: 'CORS requests are not allowed for this Organization because of an organization setting.',
        layer: 'provider-permission',
      },
    ],
  },
  'an empty answer from the provider is the provider failing': {
    corpus: ['e-cursor-editor-6', 'g-wrapped-10'],
    paraphrases: [
      {text: 'Provider returned an empty response.', layer: 'provider-outage'},
      {text: 'No response from the upstream provider after 60s', layer: 'provider-outage'},
      {
        text: 'The model did not return any content. This may be a temporary issue with the API.',
        layer: 'provider-outage',
      },
      {text: "Anthropic didn't produce any output for this turn", layer: 'provider-outage'},
    ],
  },
  "Cursor's connection banner without a cause is Cursor's side first": {
    corpus: ['e-cursor-editor-5', 'c-cursor-editor-24'],
    paraphrases: [
      {
        text: 'Request aborted. If the problem persists please check your internet connection or VPN.',
        layer: 'cursor-service',
      },
    ],
  },
  'the CLI missing, or its own runtime missing, is the CLI not runnable': {
    corpus: ['e-cursor-cli-1', 'c-cursor-cli-23', 'c-cursor-cli-9'],
    paraphrases: [
      {text: 'cursor-agent not found in PATH', layer: 'cursor-cli'},
      {
        text: 'Cursor Agent CLI is not installed. Install it with: curl https://cursor.com/install -fsS | bash',
        layer: 'cursor-cli',
      },
      {text: 'Failed to start cursor-agent: exit status 127', layer: 'cursor-cli'},
      {text: "env: 'node': No such file or directory", layer: 'cursor-cli'},
      {
        text: '/home/me/.local/bin/agent: /bin/bash^M: bad interpreter: No such file or directory',
        layer: 'cursor-cli',
      },
    ],
  },
  'the network going away, or DNS failing, in diagnostics or banners, is the network': {
    corpus: ['e-cursor-editor-24', 'e-cursor-editor-25'],
    paraphrases: [
      {
        text: 'ConnectError: [unavailable] Network is offline',
        layer: 'network',
        provider: 'cursor',
      },
      {text: 'The Internet connection appears to be offline.', layer: 'network'},
      {
        text: "Your network environment doesn't support HTTP/2. Try enabling HTTP/1.1 mode in settings.",
        layer: 'network',
        provider: 'cursor',
      },
      {text: 'DNS lookup failed for api2.cursor.sh', layer: 'network', provider: 'cursor'},
    ],
  },
  'how the CLI was started (a refused flag, an untrusted folder) is the CLI': {
    corpus: ['e-cursor-cli-6', 'e-cursor-cli-8', 'c-cursor-cli-11'],
    paraphrases: [
      {text: 'error: unknown option --headless', layer: 'cursor-cli', provider: 'cursor'},
      {text: 'Error: --output-format can only be used with --print', layer: 'cursor-cli'},
      {
        text: 'This workspace is not trusted. Re-run with --trust to continue.',
        layer: 'cursor-cli',
      },
    ],
  },
  'TLS interception on the way, in any wording': {
    corpus: ['f-cursor-editor-6', 'f-cursor-editor-15', 'e-cursor-forum-other-5'],
    paraphrases: [
      {
        text: 'sun.security.validator.ValidatorException: PKIX path building failed',
        layer: 'network',
      },
      {
        text: 'Your connection is being intercepted by an untrusted certificate (O=Zscaler).',
        layer: 'network',
        provider: 'cursor',
      },
      {text: 'SSL certificate problem: certificate is not trusted', layer: 'network'},
      {
        text: 'schannel: failed to receive handshake, SSL/TLS connection failed',
        layer: 'network',
      },
      {
        text: 'curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to api2.cursor.sh:443',
        layer: 'network',
      },
    ],
  },
  "this machine's files are not writable: unknown, pointing at the app's own folders": {
    corpus: ['f-cursor-editor-18'],
    paraphrases: [
      {
        text: "Error: EPERM: operation not permitted, rename 'C:\\Users\\me\\AppData\\Roaming\\Cursor\\User\\globalStorage\\state.vscdb.tmp'",
        layer: 'unknown',
      },
      {
        text: "PermissionError: [Errno 13] Permission denied: '/home/me/.cursor/cli-config.json'",
        layer: 'unknown',
      },
      {text: 'ENOSPC: no space left on device, write', layer: 'unknown'},
      {
        text: "Error: ENOENT: no such file or directory, open '/Users/me/Library/Application Support/Cursor/User/globalStorage/storage.json'",
        layer: 'unknown',
      },
    ],
  },
  'Cursor refusing a request that names no key refused the login, not the user key': {
    corpus: ['f-cursor-forum-other-4', 'f-cursor-forum-other-9', 'c-cursor-forum-other-18'],
    paraphrases: [
      {text: 'Request failed with status code 401', layer: 'cursor-account', provider: 'cursor'},
      {text: 'Unauthorized', layer: 'cursor-account', provider: 'cursor', status: 401},
      {
        text: 'Authentication failed: the session was rejected by the server',
        layer: 'cursor-account',
        provider: 'cursor',
      },
      {text: '401 Unauthorized: invalid API key', layer: 'cursor-user-key', provider: 'cursor'},
      // api.cursor.com serves only key-authenticated APIs.
      {
        text: 'Request failed with status code 401 (GET https://api.cursor.com/v0/me)',
        layer: 'cursor-user-key',
        provider: 'cursor',
      },
      {text: 'Invalid token', layer: 'cursor-account', provider: 'cursor'},
      {text: 'Error: Failed to refresh access token', layer: 'cursor-account', provider: 'cursor'},
      {
        text: 'Error: Keychain is locked. Please unlock your keychain and run agent login again.',
        layer: 'cursor-account',
        provider: 'cursor',
      },
      {text: 'No models available for this account.', layer: 'cursor-account', provider: 'cursor'},
      {
        text: 'ConnectError: [permission_denied] Error',
        layer: 'cursor-account',
        provider: 'cursor',
      },
      {text: 'Sign in to Cursor to continue', layer: 'cursor-account'},
      {
        text: 'You are not signed in. Please sign in to use this feature.',
        layer: 'cursor-account',
        provider: 'cursor',
      },
    ],
  },
  "Cursor's key banner naming an endpoint's host is that endpoint": {
    corpus: ['f-cursor-editor-7'],
    paraphrases: [
      {
        text: 'We encountered an issue when using your localhost:11434 API key. Please check your API key settings and try again.',
        layer: 'base-url',
      },
      {
        text: 'we encountered an issue when using your my-proxy.example.com API key.',
        layer: 'base-url',
      },
      // A provider named there stays that provider's key.
      {
        text: 'We encountered an issue when using your Anthropic API key.',
        layer: 'provider-key',
      },
    ],
  },
  'the same banner with the name redacted reads as the endpoint, as most studied ones were': {
    corpus: ['g-cursor-editor-6'],
    paraphrases: [
      {
        text: 'We encountered an issue when using your ****** API key. Please check your API key settings and try again.',
        layer: 'base-url',
      },
      {
        text: 'Error: we encountered an issue when using your <redacted> API key (Request ID: 1234)',
        layer: 'base-url',
      },
      {
        text: 'We encountered an issue when using your [REDACTED] API key.',
        layer: 'base-url',
      },
    ],
  },
  "a sign-in or access blocked for the account is Cursor's account, unless an admin did it": {
    corpus: ['g-cursor-editor-5', 'g-cursor-editor-19'],
    paraphrases: [
      {text: 'Sign-in blocked. Please contact support.', layer: 'cursor-account'},
      {text: 'Login was blocked for this account', layer: 'cursor-account', provider: 'cursor'},
      {
        text: 'Access blocked by your team admin: this model is not allowed.',
        layer: 'cursor-plan',
      },
    ],
  },
  "the agent's own tool failing mid-chat is Cursor's side, not a key": {
    corpus: ['g-cursor-editor-16'],
    paraphrases: [
      {text: "Error calling tool 'read_file'.", layer: 'cursor-service'},
      {text: 'Tool call failed: run_terminal_cmd', layer: 'cursor-service'},
    ],
  },
  'a model the CLI or its caller rejected is the model': {
    corpus: ['g-cursor-cli-7'],
    paraphrases: [
      {
        text: 'The server rejected model "gpt-9-turbo". Pick one from `agent models`.',
        layer: 'model',
      },
      {text: 'Error: model "sonnet-5" was rejected: Invalid params', layer: 'model'},
    ],
  },
  "a download of Cursor's own parts failing is the network of the machine doing it": {
    corpus: ['g-cursor-editor-15'],
    paraphrases: [
      {
        text: 'Failed to download Cursor server: curl: (56) Recv failure: Connection reset by peer',
        layer: 'network',
      },
      {
        text: 'Update failed: Error downloading update from https://downloads.cursor.com/production/abc/linux/x64/Cursor-2.1.0.AppImage',
        layer: 'network',
      },
      {
        text: 'Download failed. Check that the BASE_URL is correct and try again.',
        layer: 'base-url',
      },
    ],
  },
  "a connection the far end closed, in Windows' or Python's words, is the network": {
    corpus: ['g-cursor-forum-other-11'],
    paraphrases: [
      {
        text: 'read tcp 10.0.0.5:51234->104.18.2.3:443: wsarecv: An established connection was aborted by the software in your host machine.',
        layer: 'network',
      },
      {
        text: "ConnectionResetError(10054, 'An existing connection was forcibly closed by the remote host', None, 10054, None)",
        layer: 'network',
      },
      {text: 'BrokenPipeError: [Errno 32] Broken pipe', layer: 'network'},
    ],
  },
  "Cursor's MCP client losing its transport or session is Cursor's side: restart it": {
    corpus: ['g-cursor-forum-other-2', 'g-cursor-forum-other-7'],
    paraphrases: [
      {
        text: '[error] my-server: Client error for command SSE error: Non-200 status code (502)',
        layer: 'cursor-service',
      },
      {
        text: 'Streamable HTTP error: Error POSTing to endpoint (HTTP 400): Bad Request: Server not initialized',
        layer: 'cursor-service',
      },
    ],
  },
  'a handshake that failed, in any wording, is the network': {
    corpus: ['g-cursor-editor-10'],
    paraphrases: [
      {text: 'SSL handshake failed', layer: 'network', provider: 'cursor'},
      {text: 'Error: handshake failure (code 40)', layer: 'network'},
      // A server that answered the handshake with a status refused it; the network carried it.
      {text: 'WebSocket handshake error: Unexpected server response: 401', layer: 'unknown'},
    ],
  },
  'an endpoint that cannot be parsed, or that the message asks to verify, is the base URL': {
    corpus: ['f-cursor-forum-other-2', 'e-cursor-forum-other-11'],
    paraphrases: [
      {
        text: 'java.net.MalformedURLException: no protocol: api.example.com/v1/chat/completions',
        layer: 'base-url',
      },
      {
        text: 'Download failed. Check that the BASE_URL is correct and try again.',
        layer: 'base-url',
      },
      {
        text: 'request failed: "null/v1/models" could not be parsed as a URL',
        layer: 'base-url',
      },
    ],
  },
  "an unpaid bill of Cursor's own subscription is Cursor's plan, not a provider's credit": {
    corpus: ['h-cursor-forum-other-109'],
    paraphrases: [
      {
        text: 'Your subscription is past due. Settle the outstanding invoice to keep using Pro.',
        layer: 'cursor-plan',
        provider: 'cursor',
      },
      {
        text: 'Payment overdue: we could not charge your card for this billing period.',
        layer: 'cursor-plan',
        provider: 'cursor',
      },
      // The same bill owed to a provider is that provider's billing.
      {
        text: 'Your account has an overdue invoice. Pay it to continue using the API.',
        layer: 'quota',
        provider: 'openai',
      },
    ],
  },
  'a field of the request missing or of the wrong type is the request': {
    corpus: ['h-cursor-forum-other-201', 'h-cursor-forum-other-107'],
    paraphrases: [
      {
        text: 'ValidationError: branch is required. Provide a branch name in the source.ref field.',
        layer: 'request',
        provider: 'cursor',
      },
      {
        text: 'ZodError: [{"code":"invalid_type","expected":"string","received":"number","path":["messages",0,"content"]}]',
        layer: 'request',
      },
      {
        text: 'Expected object, received array at "tools[1].parameters"',
        layer: 'request',
      },
      {
        text: 'error: missing required field `prompt` in request body',
        layer: 'request',
      },
      // A key said to be required is the key missing, not a field of the request.
      {text: 'API key is required. Please provide your key in settings.', layer: 'provider-key'},
      // The key named by its variable, option or header, a few words before "is required".
      {
        text: 'ANTHROPIC_API_KEY is required. Please set it in your environment',
        layer: 'provider-key',
      },
      {
        text: 'Error: OPENAI_API_KEY environment variable is required. Please set it before running.',
        layer: 'provider-key',
      },
      {text: 'Error: api_key is required. Provide one via --api-key', layer: 'provider-key'},
      {text: 'The apiKey option is required. Please provide it.', layer: 'provider-key'},
      {text: 'max_tokens is required. Please provide it in the request body.', layer: 'request'},
    ],
  },
  "a program's own files failing to load belong to the program their path names: the agent CLI's to the CLI, the editor's to Cursor itself":
    {
      corpus: ['h-cursor-cli-104', 'h-cursor-editor-109'],
      paraphrases: [
        {
          text: "/home/me/.local/share/cursor-agent/versions/2025.11.06/index.js:1\nSyntaxError: Unexpected token '?'\n    at wrapSafe (node:internal/modules/cjs/loader:1378:20)\n    at Module._compile (node:internal/modules/cjs/loader:1428:41)",
          layer: 'cursor-cli',
        },
        {
          text: "Error: Cannot find module '/Users/me/.local/share/cursor-agent/versions/2025.10.1/index.js'",
          layer: 'cursor-cli',
        },
        {
          text: "$ cursor --install-extension foo.vsix\nError: Cannot find module '/Applications/Cursor.app/Contents/Resources/app/out/cli.js'",
          layer: 'cursor-service',
        },
        {
          text: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'vscode-oniguruma' imported from C:\\Program Files\\cursor\\resources\\app\\out\\main.js",
          layer: 'cursor-service',
        },
      ],
    },
  'a tool that reports only that the program it ran failed, and its exit code, hides the cause: unknown':
    {
      corpus: ['c-cursor-cli-20', 'h-cursor-cli-109'],
      paraphrases: [
        {text: 'Error: Cursor agent failed (exit code 2) after 3.1s', layer: 'unknown'},
        {text: '[runner] codex run failed (exit 1): see the job log', layer: 'unknown'},
        {text: 'task aborted: the Cursor CLI process exited with status 1', layer: 'unknown'},
      ],
    },
  "an MCP server's launcher missing on this machine (npx, uvx, node not found) is this machine's setup, not the network":
    {
      corpus: ['h-cursor-forum-other-111'],
      paraphrases: [
        {
          text: "[error] spawn uvx ENOENT\n[warning] MCP server 'fetch' failed to start: Connection closed",
          layer: 'unknown',
        },
        {
          text: '2025-05-01 10:00:01.000 [info] Starting new stdio process with command: npx -y @modelcontextprotocol/server-github\n2025-05-01 10:00:01.200 [error] /bin/sh: 1: npx: command not found\n2025-05-01 10:00:01.300 [error] Client closed for command',
          layer: 'unknown',
        },
        {
          text: "MCP error -32000: Connection closed. stderr: env: 'node': No such file or directory",
          layer: 'unknown',
        },
      ],
    },
  "a usage or team-dashboard tool's own log is that tool's failure: unknown, not the account": {
    corpus: ['f-cursor-forum-other-7', 'h-cursor-forum-other-211', 'h-cursor-forum-other-212'],
    paraphrases: [
      {
        text: '[2025-09-01T10:00:00.000Z] [ERROR] [Team] Error fetching team spend Request failed with status code 401',
        layer: 'unknown',
      },
      {
        text: '[2025-09-01T10:00:00.000Z] [WARN] [API] Error fetching monthly usage: Request failed with status code 403',
        layer: 'unknown',
      },
      // Cursor's own words quoted in the tool's log are about the tool's call, not this session.
      {
        text: '[2025-10-02T09:00:00.000Z] [ERROR] [Usage] Request failed: Not authenticated (status 401) while loading usage',
        layer: 'unknown',
      },
      {
        text: '[ERROR] [Stats] API error details\n{\n  "status": 401,\n  "data": {"error": "unauthorized", "description": "Session is not valid"}\n} while reading usage',
        layer: 'unknown',
      },
    ],
  },
  "Cursor's sign-in poll answering 'not found' is a sign-in not finished, not a model": {
    corpus: ['h-cursor-forum-other-103'],
    paraphrases: [
      {
        text: 'Login polling failed: https://api2.cursor.sh/auth/poll returned 404',
        layer: 'unknown',
      },
      {
        text: '[auth] poll request to api2.cursor.sh/auth/poll?uuid=1f2e responded with status 404 Not Found, retrying',
        layer: 'unknown',
      },
      {
        text: 'AxiosError: Request failed with status code 404 (GET https://www.cursor.com/api/auth/poll?uuid=9a8b&verifier=redacted)',
        layer: 'unknown',
      },
    ],
  },
};

describeMeaningClasses(CLASSES);

// Texts that share a class's words but not its meaning: each rule above keeps to its own subject.
// `provider: 'cursor'`: the text is Cursor's, only its layer is in question.
const LOOKALIKES: {text: string; not: Layer; why: string; provider?: 'cursor'}[] = [
  {
    text: 'Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Unable to download the file. Please verify the URL and try again."}}',
    not: 'network',
    why: "Anthropic could not fetch a file the request linked: not Cursor's download",
  },
  {
    text: 'BadRequestError: 400 Failed to download image from https://example.com/cat.png. Image URL is invalid.',
    not: 'network',
    why: "an image URL in the request: not Cursor's download",
  },
  {
    text: 'model gpt-4o: the API key was rejected',
    not: 'model',
    why: 'the key was rejected, the model only named before it',
  },
  {
    text: 'The guardrail rejected the model response as unsafe.',
    not: 'model',
    why: "the model's answer was rejected, not the model",
  },
  {
    text: "Validation rejected the model's output: expected JSON, got text",
    not: 'model',
    why: "the model's output failed a check, not the model name",
  },
  {
    text: 'The model output was rejected by the moderation endpoint.',
    not: 'model',
    why: "the model's output was rejected by moderation, not the model",
  },
  {
    text: '[ERROR] [API] 429 Too Many Requests: rate limit exceeded, check your usage',
    not: 'unknown',
    why: "an app's own API log that only mentions usage is not a usage dashboard tool",
  },
  {
    text: "[ERROR] [API] Chat failed: You've hit your usage limit. Upgrade to Pro for more.",
    not: 'unknown',
    why: "Cursor's usage limit logged by an app is Cursor's plan, not a dashboard tool's call",
    provider: 'cursor',
  },
  {
    text: 'Error: 400 You did not provide any messages.',
    not: 'provider-outage',
    why: "the request lacked messages: the caller's side, not a provider failing",
  },
  {
    text: 'Invalid request: the client did not provide any content for the user turn',
    not: 'provider-outage',
    why: 'the request was empty, not the answer',
  },
  {
    text: 'Access blocked: Cursor is not available in your region',
    not: 'cursor-account',
    why: 'a region blocked, not the account',
    provider: 'cursor',
  },
  {
    text: "Access Blocked. Your organization's firewall policy does not allow this site.",
    not: 'cursor-account',
    why: "a firewall's block page, not Cursor refusing the account",
    provider: 'cursor',
  },
  {
    text: 'Error: Access blocked - the proxy denied CONNECT to api2.cursor.sh:443',
    not: 'cursor-account',
    why: "a proxy's block, not Cursor refusing the account",
    provider: 'cursor',
  },
];

describe('words that only resemble a class stay out of it', () => {
  it.each(LOOKALIKES)('$why', ({text, not, provider}) => {
    const result = classifyError({text});
    expect(result.layer, JSON.stringify(result)).not.toBe(not);
    if (!provider) expect(result.provider, JSON.stringify(result)).not.toBe('cursor');
  });
});

/** An MCP server asking for a sign-in: its own auth, neither Cursor's login nor a model key. */
const MCP_SERVER_SIGN_IN = [
  'SSE error: Non-200 status code (401)',
  '[error] atlassian: Client error for command SSE error: Non-200 status code (403)',
  'Error in MCP: Streamable HTTP error: Error POSTing to endpoint (HTTP 401): {"error":"invalid_token","error_description":"Missing or invalid access token"}',
  "[error] MCP server 'linear': HTTP 401 Unauthorized: authentication required",
];

describe("an MCP server that wants a sign-in is that server's auth, not Cursor's service or a key", () => {
  it.each(MCP_SERVER_SIGN_IN)('%s', (text) => {
    const result = classifyError({text});
    expect(result.layer, JSON.stringify(result)).toBe('unknown');
    expect(result.action, JSON.stringify(result)).toMatch(/MCP server/);
    expect(result.action, JSON.stringify(result)).toMatch(
      /No Cursor (?:login|sign-in) or provider key/,
    );
  });
});

/** Words only Cursor's own bill uses need Cursor named; otherwise the provider's quota is as likely. */
const UNNAMED_BILLS = [
  'You have an unpaid invoice',
  'Your subscription is past due. Please update your payment method.',
  'Error 402: We could not charge your card; there is an outstanding balance on this account.',
];

describe("a bill left unpaid reads as Cursor's plan only when Cursor is named", () => {
  it.each(UNNAMED_BILLS)('%s', (text) => {
    const result = classifyError({text});
    expect(result.layer, JSON.stringify(result)).not.toBe('cursor-plan');
    expect([result.layer, ...result.alsoPossible], JSON.stringify(result)).toContain('quota');
  });
  it.each(UNNAMED_BILLS)('with --provider cursor: %s', (text) => {
    const result = classifyError({text, provider: 'cursor'});
    expect(result.layer, JSON.stringify(result)).toBe('cursor-plan');
  });
  it('with Cursor named in the text', () => {
    const result = classifyError({
      text: 'Cursor: You have an unpaid invoice. Pay it to keep using Pro.',
    });
    expect(result.layer, JSON.stringify(result)).toBe('cursor-plan');
  });
});

/** An MCP server's own trouble is fixed in mcp.json and taken up at the restart, never at the login. */
const MCP_SERVER_TROUBLES = [
  'MCP postgres: Client closed', // the server stopped
  "[error] spawn uvx ENOENT\n[warning] MCP server 'fetch' failed to start: Connection closed", // its launcher is missing
  '[error] linear: Client error for command SSE error: Non-200 status code (401)', // it wants its own sign-in
];

describe("an MCP server's own trouble points at the restart step, as its advice does", () => {
  it.each(MCP_SERVER_TROUBLES)('%s', (text) => {
    const result = classifyError({text});
    expect(result.layer, JSON.stringify(result)).toBe('unknown');
    expect(result.step, JSON.stringify(result)).toBe(10);
  });
});
