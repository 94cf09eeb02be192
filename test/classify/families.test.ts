// Each family of misses the first router had, drawn from the corpus's studied splits (tuning and
// dev): the text as collected, with the layer(s) its thread's resolution showed.
import {describe, expect, it} from 'vitest';
import {classifyError} from './classify-under-test.js';
import {loadCorpus, STUDIED_SPLITS} from './corpus-loader.js';

const studied = new Map(
  loadCorpus()
    .lines.filter((line) => STUDIED_SPLITS.includes(line.split))
    .map((line) => [line.entry.id, line.entry]),
);

function expectCorpusLine(id: string) {
  const entry = studied.get(id);
  expect(entry, `${id} is in a studied split`).toBeDefined();
  const result = classifyError({
    text: entry!.text,
    status: entry!.status,
    provider: entry!.provider,
  });
  expect(entry!.labels, `${id}: ${JSON.stringify(result)}`).toContain(result.layer);
  return result;
}

const FAMILIES: Record<string, string[]> = {
  "Cursor's own plain-language messages": [
    'c-cursor-editor-17', // You've hit your usage limit
    'c-cursor-editor-19', // Usage Limit Reached, Please Upgrade to Pro
    'c-cursor-editor-14', // overloaded for non-pro users, free quota used
    'c-cursor-editor-2', // too many free trial accounts
    'e-cursor-editor-2', // too many computers
    'e-cursor-editor-29', // too many computers, after "Error :"
    'c-cursor-editor-16', // slow pool
    'c-cursor-editor-11', // this model provider doesn't serve your region
    'c-cursor-editor-4', // Model name is not valid
    'c-cursor-cli-10', // Cannot use this model … Available models:
    'c-cursor-editor-13', // trouble connecting to the model provider
    'c-cursor-editor-24', // Connection failed … internet connection or VPN
    'c-cursor-editor-26', // [internal] internal error
    'c-cursor-editor-18', // used up your 50 free requests
    'c-cursor-cli-2', // the CLI's usage limit
    'c-cursor-editor-12', // region block without its heading
    'c-cursor-editor-52', // more traffic than we can handle
    'c-cursor-cli-1', // the CLI's Model name is not valid
    'c-cursor-editor-23', // Connection failed … Serialization error
    'c-cursor-editor-25', // Connection failed … contact support
    'c-cursor-editor-44', // update to the latest version of Cursor
    'c-cursor-editor-31', // API keys are not supported for this feature: upgrade to Pro
    'c-cursor-editor-56', // Without the pro plan, no access to this feature/model
    'c-cursor-editor-58', // Custom API keys do not work in composer
    'c-cursor-editor-33', // blocked for suspicious activity from the account or IP
  ],
  'a status with a provider named: the provider, never the Cursor key': [
    'd-openai-1', // 401 - Invalid Authentication, OpenAI
    'c-gateway-9', // 401 LiteLLM virtual key
    'd-anthropic-13', // prompt is too long, Anthropic
    'd-anthropic-12', // Error: 400 with Anthropic's invalid_request_error
    'd-openai-3', // 401 - must be a member of an organization
    'd-openai-2', // 401 - Incorrect API key provided
  ],
  'wrapper names and nested bodies': [
    'd-wrapped-9', // RateLimitError wrapping "exceeded your current quota"
    'd-wrapped-62', // RateLimitError wrapping billing_not_active
    'c-cursor-editor-55', // provider body nested in ERROR_OPENAI
    'd-google-22', // Gemini body as a string inside another body
    'd-wrapped-36', // RateLimitError wrapping "Request too large"
    'c-azure-15', // litellm RateLimitError around Azure's quota text
    'c-cursor-editor-49', // provider answer nested in ERROR_OPENAI
    'd-wrapped-69', // Gemini "API key not valid" nested in a gateway body
    'f-gateway-6', // DeepSeek "Model Not Exist" body nested in a tool's own message
    'e-gateway-10', // "400 Model Not Exist" without its body
  ],
  'endpoint and version errors': [
    'c-azure-5', // API version not supported
    'c-azure-8', // Unsupported OpenAI-Version header
    'k-azure-1', // Model … is enabled only for api versions … and later
    'k-azure-2', // the same, from a chat app's Azure settings
    'c-cursor-editor-39', // connection to private IP is blocked (ssrf)
    'd-wrapped-54', // Unknown request URL
  ],
  'organisation and permission texts': [
    'd-openai-13', // organizations must be verified to stream
    'd-wrapped-30', // No such organization
    'd-google-9', // Permission denied on resource project
    'd-wrapped-31', // AuthenticationError: must be a member of an organization
    'd-anthropic-32', // This organization has been disabled, nested
    'd-google-47', // Requests to this API … are blocked
    'd-google-34', // User location is not supported (a provider's region block)
    'd-google-33', // the same region block as a Python dict with FAILED_PRECONDITION
  ],
  'phrasing variants of known bodies': [
    'd-sdk-network-16', // socket.gaierror Name or service not known
    'd-sdk-network-13', // aiohttp Temporary failure in name resolution
    'd-wrapped-4', // urllib3 Max retries … name resolution
    'd-openai-11', // api_key client option must be set
    'c-gateway-3', // DeepSeek Insufficient Balance
    'c-gateway-4', // Ollama model not found, try pulling it first
    'd-wrapped-3', // httpcore Temporary failure in name resolution
    'd-sdk-network-6', // Node getaddrinfo EAI_AGAIN
    'd-openai-12', // api_key client option, inside a retry log
    'c-gateway-2', // 402 Insufficient Balance, bare
    'c-gateway-6', // Ollama "try pulling it first" inside an OpenAI-shaped body
    'c-gateway-7', // Ollama "try pulling it first" as an escaped responseBody
  ],
  'texts that hide the cause: unknown, with a direction': [
    'd-openai-52', // axios "Request failed with status code 400", body hidden
    'd-wrapped-68', // a proxy re-wrapping that same axios message as a body
    'c-openrouter-26', // "Provider returned error" with no status or raw body
    'c-cursor-cli-20', // a wrapper that reports only the CLI's exit code
    'c-cursor-cli-24', // a time limit the calling tool set, not the network
  ],
  'requests refused for what they carry': [
    'd-openai-14', // maximum context length
    'c-azure-20', // content management policy
    'd-anthropic-37', // tool_use without tool_result
    'd-google-8', // blocked due to safety concerns
    'c-cursor-editor-53', // Your conversation is too long
    'd-google-32', // a tool schema the model does not accept
    'd-openai-32', // Unsupported parameter: max_tokens
    'd-openai-55', // No tool call found for function call output
    'c-azure-22', // (content_filter) in a CLI's stderr
    'd-google-50', // Candidate was blocked due to SAFETY
    'c-cursor-forum-other-13', // image content the model does not take
    'd-anthropic-11', // prompt is too long, inside Bedrock's ValidationException
    'c-bedrock-22', // prompt is too long in a Bedrock event stream
    'c-openrouter-32', // an OpenRouter endpoint's maximum context length
    'c-cursor-editor-54', // the model does not take images
  ],
};

describe.each(Object.entries(FAMILIES))('%s', (_family, ids) => {
  it.each(ids)('%s', (id) => {
    expectCorpusLine(id);
  });
});

// People paste the text alone: the status line and the provider are often lost on the way.
describe('the text alone, without the status or provider its collector recorded', () => {
  it.each([
    'd-anthropic-25', // Anthropic's inner error object, {"type":"not_found_error",…}
    'c-openrouter-40', // "Your chosen model is down"
    'c-bedrock-39', // AccessDeniedException: no sufficient permissions
  ])('%s', (id) => {
    const entry = studied.get(id)!;
    const result = classifyError({text: entry.text, status: null, provider: null});
    expect(entry.labels, JSON.stringify(result)).toContain(result.layer);
  });
});

// Pastes are often cut off mid-message; the machine's own names before the cut still count.
describe('a message cut off after its exception name', () => {
  it.each([
    ['c-bedrock-1', "You don't have access to the model"], // AccessDeniedException
    ['d-sdk-network-16', 'Name or service not known'], // socket.gaierror
    ['c-bedrock-10', 'supported. Retry'], // Invocation of model ID … with on-demand throughput
  ])('%s', (id, tail) => {
    const entry = studied.get(id)!;
    expect(entry.text.indexOf(tail)).toBeGreaterThan(0);
    const cut = entry.text.slice(0, entry.text.indexOf(tail));
    const result = classifyError({text: cut, status: entry.status, provider: entry.provider});
    expect(entry.labels, JSON.stringify(result)).toContain(result.layer);
  });
});

// Cursor's ERROR_OPENAI title "Unable to reach the model provider" only announces the
// provider's answer; the answer it carries (here other tuning lines, escaped as Cursor sends
// them) decides.
describe("what Cursor's carrier title carries", () => {
  it.each([
    'd-sdk-network-16', // socket.gaierror: Name or service not known
    'c-gateway-26', // "POST /v1/chat/completions HTTP/1.1" 404 Not Found
    'd-openai-52', // Request failed with status code 400
  ])('%s', (id) => {
    const entry = studied.get(id)!;
    const text = JSON.stringify({
      error: 'ERROR_OPENAI',
      details: {title: 'Unable to reach the model provider', detail: `API Error: ${entry.text}`},
    });
    const result = classifyError({text, status: entry.status, provider: entry.provider});
    expect(entry.labels, JSON.stringify(result)).toContain(result.layer);
  });
});

describe('a provider named outranks a status-only default', () => {
  it('a bare 401 naming Anthropic is the Anthropic key, also with --provider', () => {
    const named = classifyError({text: 'Unable to authenticate with Anthropic', status: 401});
    expect(named).toMatchObject({layer: 'provider-key', provider: 'anthropic'});
    const hinted = classifyError({text: 'Error 401', status: 401, provider: 'anthropic'});
    expect(hinted.layer).toBe('provider-key');
  });

  it('Anthropic\'s own words, "Unable to authenticate with Anthropic", point at that provider, never a Cursor key or another provider\'s page', () => {
    const entry = studied.get('k-anthropic-1')!;
    for (const provider of [entry.provider, null]) {
      const result = classifyError({text: entry.text, status: entry.status, provider});
      expect(result.provider).toBe('anthropic');
      expect(result.layer).not.toMatch(/^cursor-/);
      expect(result.action).toMatch(/console\.anthropic\.com/);
      expect(result.action).not.toMatch(/Gemini|aistudio|Google/);
    }
  });

  it.each([
    ['openai', 'Error: 401 This API key is expired'],
    ['anthropic', 'Error: 401 API key was suspended'],
    ['openai', 'Error: 403 Your organization has been suspended. Contact support.'],
    ['anthropic', 'Error: This organization has been suspended'],
    ['openrouter', 'Error: 403 Your OpenRouter account has been suspended'],
  ] as const)(
    "a generic key or account wording from %s never sends the person to Google's pages: %s",
    (provider, text) => {
      for (const hint of [provider, null]) {
        const result = classifyError({text, provider: hint});
        expect(result.action, JSON.stringify(result)).not.toMatch(/Gemini|aistudio|Google/);
        expect(result.provider, JSON.stringify(result)).not.toBe('google');
        expect(result.code ?? '', JSON.stringify(result)).not.toMatch(
          /API_KEY_INVALID|PERMISSION_DENIED/,
        );
      }
    },
  );

  it.each([
    ['azure', 'Error: 401 Incorrect API key provided: abc12***xyz.', /platform\.openai\.com/],
    ['openai', 'This organization has been disabled.', /Anthropic/],
  ] as const)(
    "with --provider %s, another provider's own wording never gives that provider's advice: %s",
    (provider, text, other) => {
      const result = classifyError({text, provider});
      expect(result.provider).toBe(provider);
      expect(result.action, JSON.stringify(result)).not.toMatch(other);
    },
  );

  it("a text that names its own provider keeps that provider's advice behind a gateway named with --provider", () => {
    const result = classifyError({
      text: 'Your credit balance is too low to access the Anthropic API.',
      provider: 'openrouter',
    });
    expect(result.layer).toBe('quota');
    expect(result.action, JSON.stringify(result)).toMatch(/console\.anthropic\.com/);
  });

  it("Gemini's own key words still point at Gemini's key page", () => {
    for (const text of [
      'Error: 400 API key has been suspended',
      'API key expired. Please renew the API key.',
      "Permission denied: Consumer 'api_key:REDACTED' has been suspended.",
    ]) {
      const result = classifyError({text, provider: 'google'});
      expect(result.layer, JSON.stringify(result)).toBe('provider-key');
      expect(result.action, JSON.stringify(result)).toMatch(/aistudio\.google\.com/);
    }
  });

  it('a bare 400 with no provider is unknown but names where to look and what to share', () => {
    const bare = classifyError({text: 'Request failed with status code 400', status: 400});
    expect(bare.layer).toBe('unknown');
    expect(bare.alsoPossible.length).toBeGreaterThanOrEqual(2);
    expect(bare.alsoPossible).toContain('request');
    // It starts where the first of them is fixed.
    expect(bare.step).toBe(7);
    expect(bare.action).toMatch(/Share next/);
  });
});

describe('the new layers lead to their steps and fixes', () => {
  it('cursor-plan: step 1 with the usage and plan pages', () => {
    const result = expectCorpusLine('c-cursor-editor-17');
    expect(result).toMatchObject({layer: 'cursor-plan', step: 1});
    expect(result.action).toMatch(/cursor\.com\/dashboard\?tab=usage/);
    expect(result.action).toMatch(/cursor\.com\/pricing/);
  });

  it("cursor-service: step 10 with Cursor's status page", () => {
    const result = expectCorpusLine('c-cursor-editor-26');
    expect(result).toMatchObject({layer: 'cursor-service', step: 10});
    expect(result.action).toMatch(/status\.cursor\.com/);
  });

  it('request: step 8 with a new chat, a shorter context or another model', () => {
    const result = expectCorpusLine('d-anthropic-13');
    expect(result).toMatchObject({layer: 'request', step: 8});
    expect(result.action).toMatch(/new chat.*shorter context.*another model/);
  });
});
