// A request that got no answer: the network, or first the base URL, by where the text shows it
// was going. Studied corpus lines of each class, then wordings of the same class from other
// runtimes that the corpus does not hold.
import {describe, expect, it} from 'vitest';
import type {Layer} from '../../source/core/vocabulary.js';
import {
  expectParaphrase,
  expectParaphraseResult,
  expectStudiedLine as expectLine,
  type Paraphrase,
} from './meaning-harness.js';

function expectLayer(text: string, layer: Layer) {
  return expectParaphraseResult({text, layer});
}

describe("a provider's own public host that does not answer is the network", () => {
  it.each([
    'f-sdk-network-4', // getaddrinfo ENOTFOUND cloudcode-pa.googleapis.com
    'f-sdk-network-9', // urllib3 NameResolutionError for api.anthropic.com
    'f-sdk-network-16', // Java NoRouteToHostException to api.openai.com
    'f-wrapped-7', // ENOTFOUND bedrock-runtime.us-east-2.amazonaws.com
  ])('%s', expectLine);

  it.each([
    'Error: getaddrinfo ENOTFOUND api.anthropic.com',
    'curl: (6) Could not resolve host: generativelanguage.googleapis.com',
    'java.net.UnknownHostException: openrouter.ai: nodename nor servname provided, or not known',
    'System.Net.Http.HttpRequestException: No such host is known. (api.anthropic.com:443)',
    "Failed to connect to api.openai.com port 443 after 21 ms: Couldn't connect to server",
  ])('%s', (text) => {
    expect(expectLayer(text, 'network').alsoPossible).not.toContain('base-url');
  });
});

describe('a resolver or proxy that fails on the way is the network, whatever the target', () => {
  it.each([
    'f-sdk-network-3', // Go: lookup … on [::1]:53 refused
    'f-sdk-network-5', // getaddrinfo EREFUSED
    'd-sdk-network-39', // a local proxy port timing out
    'f-sdk-network-14', // ECONNRESET from a local proxy port
  ])('%s', expectLine);

  it.each([
    'dial tcp: lookup my-gateway.example.com on 127.0.0.53:53: server misbehaving',
    'Error: getaddrinfo EAI_AGAIN my-relay.example.net',
    'request to https://api.openai.com/v1/models failed, reason: connect ECONNREFUSED 127.0.0.1:7890',
  ])('%s', (text) => {
    expectLayer(text, 'network');
  });
});

describe('a local, private or typed host that does not answer is the base URL first', () => {
  it.each([
    'f-sdk-network-17', // UnknownHostException for a placeholder host
    'f-wrapped-17', // Cannot connect to host localhost:11434
    'd-sdk-network-1', // ECONNREFUSED 127.0.0.1:11434
    'c-gateway-14', // HTTPConnectionPool(host='localhost', port=11434) refused
  ])('%s', expectLine);

  it.each([
    'Error: getaddrinfo ENOTFOUND api.openai.con',
    "HTTPSConnectionPool(host='my-resource.openai.azure.com', port=443): Max retries exceeded (Caused by NameResolutionError(\"Failed to resolve 'my-resource.openai.azure.com' ([Errno -2] Name or service not known)\"))",
    'System.Net.Http.HttpRequestException: No such host is known. (llm-proxy.mycorp.example:443)',
    'httpx.ConnectError: [Errno 111] Connection refused (POST http://127.0.0.1:1234/v1/chat/completions)',
    'Post "http://localhost:4000/v1/chat/completions": dial tcp [::1]:4000: connect: connection refused',
    'connect EHOSTUNREACH 10.0.0.5:11434',
  ])('%s', (text) => {
    expect(expectLayer(text, 'base-url').alsoPossible).toContain('network');
  });
});

describe('a host name holding an unfilled variable is the base URL, even on a provider domain', () => {
  it('h-bedrock-9', () => expectLine('h-bedrock-9')); // bedrock-runtime.undefined.amazonaws.com

  it.each([
    'curl: (6) Could not resolve host: us-undefined-aiplatform.googleapis.com',
    "HTTPSConnectionPool(host='bedrock-runtime.None.amazonaws.com', port=443): Max retries exceeded with url: /model/x/invoke (Caused by NameResolutionError(\"Failed to resolve 'bedrock-runtime.None.amazonaws.com'\"))",
    'dial tcp: lookup null-aiplatform.googleapis.com: no such host',
  ])('%s', (text) => {
    expect(expectLayer(text, 'base-url').alsoPossible).toContain('network');
  });
});

describe('a regional API host that does not resolve is the region or endpoint first', () => {
  it('g-bedrock-15', () => expectLine('g-bedrock-15')); // botocore: Name or service not known

  it.each([
    // The host's region has no real region's shape: typed.
    'Error: getaddrinfo ENOTFOUND bedrock-runtime.us-east-1a.amazonaws.com',
    "HTTPSConnectionPool(host='bedrock-runtime.eu-west.amazonaws.com', port=443): Max retries exceeded (Caused by NameResolutionError(\"Failed to resolve 'bedrock-runtime.eu-west.amazonaws.com'\"))",
  ])('%s', (text) => {
    expect(expectLayer(text, 'base-url').alsoPossible).toContain('network');
  });

  it.each<Paraphrase>([
    {
      text: 'java.net.UnknownHostException: No such host is known while calling InvokeModel',
      layer: 'base-url',
      provider: 'bedrock',
    },
    {
      text: 'ConverseStream failed: getaddrinfo ENOTFOUND (AWS SDK for JavaScript v3)',
      layer: 'base-url',
      provider: 'bedrock',
    },
  ])('$text', (p) => {
    expect(expectParaphraseResult(p).alsoPossible).toContain('network');
  });

  it.each([
    // A real region that does not resolve, or a provider whose host is fixed: the network.
    'Error: getaddrinfo ENOTFOUND bedrock-runtime.eu-central-1.amazonaws.com',
    'socket.gaierror: [Errno -2] Name or service not known',
  ])('%s', (text) => {
    expectLayer(text, 'network');
  });
});

describe('a connection closed before the answer was complete is the network', () => {
  it('f-sdk-network-18', () => expectLine('f-sdk-network-18')); // Server disconnected without a response

  it.each([
    'httpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)',
    'Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close',
    'requests.exceptions.ChunkedEncodingError: ("Connection broken: IncompleteRead(0 bytes read)", IncompleteRead(0 bytes read))',
    'urllib3.exceptions.ProtocolError: Response ended prematurely',
  ])('%s', (text) => {
    expectLayer(text, 'network');
  });
});

describe('this machine named from inside a container is the base URL', () => {
  it('h-gateway-11', () => expectLine('h-gateway-11')); // Anything LLM: localhost from its container

  it.each([
    'Ollama at http://localhost:11434 is not reachable from within the Open WebUI container; localhost there is the container itself.',
    'LM Studio on localhost:1234 could not be reached from inside the n8n container.',
    'The endpoint uses a loopback address, which from this devcontainer means the devcontainer: use host.docker.internal or the machine IP.',
  ])('%s', (text) => {
    expect(expectLayer(text, 'base-url').alsoPossible).toContain('network');
  });
});

describe('a message drawn inside a terminal box reads as its words', () => {
  it('f-sdk-network-12', () => expectLine('f-sdk-network-12'));

  it('a certificate error wrapped across box lines', () => {
    expectLayer(
      '│ request to https://api.example.com/v1 failed, reason: unable to get local │\n│ issuer certificate │',
      'network',
    );
  });
});

// More runtimes' words for the same boundary: .NET, Go, Java, curl, Python, Node.
const OTHER_RUNTIMES: Paraphrase[] = [
  {text: 'Error: connect ECONNREFUSED 127.0.0.1:443', layer: 'network', provider: 'anthropic'},
  {text: 'openai.APIConnectionError: Connection error.', layer: 'network', provider: 'openai'},
  {
    text: 'Error: Could not connect to LM Studio at http://localhost:1234. Is the server running?',
    layer: 'base-url',
  },
  {
    text: 'litellm.APIConnectionError: OllamaException - [Errno 111] Connection refused',
    layer: 'base-url',
  },
  {
    text: "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
    layer: 'network',
    provider: 'openai',
  },
  {text: 'dial tcp 10.0.0.12:4000: connect: no route to host', layer: 'base-url'},
  {text: 'dial tcp: lookup api.anthropic.com: i/o timeout', layer: 'network'},
  {text: 'java.net.SocketTimeoutException: timeout', layer: 'network', provider: 'openai'},
  {
    text: 'System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception. ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot',
    layer: 'network',
    provider: 'azure',
  },
  {text: 'Error: unable to verify the first certificate', layer: 'network', provider: 'openrouter'},
  {
    text: 'FetchError: request to https://my-litellm.internal.example.com/v1/chat/completions failed, reason: getaddrinfo ENOTFOUND my-litellm.internal.example.com',
    layer: 'base-url',
  },
  {text: 'Error: getaddrinfo ENOTFOUND openrouter.ai', layer: 'network'},
  {
    text: 'httpx.ConnectError: [Errno -3] Temporary failure in name resolution',
    layer: 'network',
    provider: 'google',
  },
  {
    text: "requests.exceptions.ProxyError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/models (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 403 Forbidden')))",
    layer: 'network',
  },
  {text: 'Error: 404 page not found', layer: 'base-url'},
  {text: '{"detail":"Not Found"}', layer: 'base-url'},
  {text: 'Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON', layer: 'base-url'},
  {text: "openai.NotFoundError: Error code: 404 - {'detail': 'Not Found'}", layer: 'base-url'},
];

describe("the same boundary in other runtimes' words", () => {
  it.each(OTHER_RUNTIMES)('$text', expectParaphrase);
});

describe("a connection to an MCP server that fails is not the model's base URL", () => {
  it.each([
    'g-cursor-forum-other-8', // Cursor's MCP log: SSE error, ECONNREFUSED to a private address
  ])('%s', expectLine);

  it.each([
    'MCP server "github": fetch failed: connect ECONNREFUSED 10.0.0.5:8080',
    '[error] notion: SSE error: TypeError: fetch failed: connect ETIMEDOUT 172.16.1.9:3000',
    'Error in MCP: connect ECONNREFUSED 127.0.0.1:3333',
  ])('%s', (text) => {
    const result = expectLayer(text, 'network');
    expect(result.alsoPossible).not.toContain('base-url');
    // The advice follows the reading: the MCP server and its address, never the base URL.
    expect(result.action).not.toMatch(/base URL/i);
    expect(result.action).toMatch(/MCP/);
  });
});
