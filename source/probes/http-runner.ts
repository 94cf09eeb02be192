// The only module that makes network requests. It honours HTTP(S)_PROXY / NO_PROXY as curl does
// (Node's own fetch ignores them before Node 24), never rejects, and always times out.
// undici is most of the bundle's weight, so it loads on the first request, not at start.
import type {EnvHttpProxyAgent, fetch as undiciFetch} from 'undici';
import type {Clock, HttpRequest, HttpResult, NetworkFailure} from '../core/runner.js';

const MAX_BODY_BYTES = 1_000_000;

type ProxyEnv = Readonly<Record<string, string | undefined>>;

interface Transport {
  fetch: typeof undiciFetch;
  dispatcher: EnvHttpProxyAgent;
}

/**
 * A transport that follows the proxy variables of `env`, lower case winning as curl does. An
 * empty string (not undefined) for an unset variable stops undici from reading process.env.
 */
async function loadTransport(env: ProxyEnv): Promise<Transport> {
  // undici is CommonJS: its exports object is the namespace's default, both under Node and in
  // the bundle's own chunk (which exports nothing else).
  const loaded = (await import('undici')) as typeof import('undici') & {
    default?: typeof import('undici');
  };
  const {EnvHttpProxyAgent, fetch} = loaded.default ?? loaded;
  const pick = (name: string) => env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '';
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: pick('http_proxy'),
    httpsProxy: pick('https_proxy') || pick('http_proxy'),
    noProxy: pick('no_proxy'),
  });
  return {fetch, dispatcher};
}

const TLS_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  cause?: unknown;
  errors?: unknown[];
}

/** The chain of causes, outermost first, including AggregateError members. */
function causes(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && chain.length < 12) {
    const next = queue.shift();
    if (!next || typeof next !== 'object') continue;
    const item = next as ErrorLike;
    chain.push(item);
    if (item.cause) queue.push(item.cause);
    if (Array.isArray(item.errors)) queue.push(...item.errors);
  }
  return chain;
}

export function describeNetworkError(
  error: unknown,
  signal: AbortSignal | undefined,
): NetworkFailure {
  const chain = causes(error);
  const coded = chain.filter((item) => typeof item.code === 'string');
  const deepest = coded.at(-1) ?? chain.at(-1);
  const code = deepest?.code ?? null;
  const message = (deepest?.message ?? String(error)).split('\n')[0] ?? '';
  const names = chain.map((item) => item.name);
  if (signal?.aborted) return {kind: 'cancelled', code, message: 'cancelled'};
  if (
    names.includes('TimeoutError') ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'ETIMEDOUT'
  ) {
    return {kind: 'timeout', code, message};
  }
  if (code && TLS_CODES.has(code)) return {kind: 'tls', code, message};
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return {kind: 'dns', code, message};
  if (code === 'ECONNREFUSED') return {kind: 'refused', code, message};
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
    return {kind: 'reset', code, message};
  if (code?.startsWith('UND_ERR_PRX') || /proxy/i.test(message))
    return {kind: 'proxy', code, message};
  return {kind: 'other', code, message};
}

async function readCapped(
  response: Response | Awaited<ReturnType<typeof undiciFetch>>,
): Promise<string> {
  if (!response.body) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    text += decoder.decode(chunk, {stream: true});
    if (bytes > MAX_BODY_BYTES) break;
  }
  return text + decoder.decode();
}

/**
 * An HTTP client bound to one environment's proxy settings, read when the client is made. Its
 * connection pool lives as long as the client, so each run has its own.
 */
export function createHttpClient(
  env: ProxyEnv,
  clock: Clock,
): (request: HttpRequest) => Promise<HttpResult> {
  let transport: Promise<Transport> | undefined;
  return (request) => {
    transport ??= loadTransport(env);
    return sendWith(transport, request, clock);
  };
}

async function sendWith(
  transport: Promise<Transport>,
  request: HttpRequest,
  clock: Clock,
): Promise<HttpResult> {
  const started = clock.now();
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  try {
    const {fetch, dispatcher} = await transport;
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers as Record<string, string> | undefined,
      body: request.body,
      signal,
      redirect: 'manual',
      dispatcher,
    });
    const body = await readCapped(response);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return {
      ok: true,
      response: {status: response.status, headers, body},
      durationMs: clock.now() - started,
    };
  } catch (error) {
    const failure =
      timeout.aborted && !request.signal?.aborted
        ? {
            kind: 'timeout' as const,
            code: null,
            message: `no answer within ${request.timeoutMs} ms`,
          }
        : describeNetworkError(error, request.signal);
    return {ok: false, failure, durationMs: clock.now() - started};
  }
}
