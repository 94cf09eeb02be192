// Where the request went and the way there: the endpoint's kind, path and version, a local
// server that does not answer, and the network between this machine and the service.
import type {Provider} from '../vocabulary.js';
import {rule, type TextRule} from './text-rules.js';
import {
  addressOrWayThere,
  connectionLayers,
  failureKindOf,
  hostedByTheCustomer,
} from './connection-target.js';
import {connectionAction} from '../mcp-connection.js';
import {CURSOR, onlyWhenNotFound, cursorOnly, failingSide} from './rule-guards.js';
import {PROVIDER_SPECS} from '../providers/registry/index.js';
import type {ProviderSpec} from '../providers/registry/spec.js';

/**
 * A model served on another path of the same API ("a chat model … not supported in the
 * v1/completions endpoint"): the client's endpoint is wrong, not the model.
 */
export const ENDPOINT_KIND_RULES: readonly TextRule[] = [
  rule(
    /not supported (?:in|on|by|with) the \/?(?:v\d\/)?[\w/.-]+ endpoint|Did you mean to use (?:the )?\/?v\d\/|not a chat model|only (?:supported|available|served) (?:in|on|via|through|by) (?:the )?\/?v\d\/[\w/.-]{1,60}|(?:use|call) (?:the )?\/?v\d\/[\w/.-]{1,60} (?:endpoint|API) instead/i,
    ['base-url'],
    'This model is served on another endpoint of the API: chat models on /v1/chat/completions, older completion models on /v1/completions. Use the client class or base URL path that matches the model.',
  ),
];

/**
 * A key refused by a provider that runs a global and a China platform with separate keys
 * (Moonshot: VectifyAI/OpenKB#196, can1357/oh-my-pi#5981; MiniMax's 2049:
 * MiniMax-AI/MiniMax-01#44, NevaMind-AI/memUBot#7; SiliconFlow: o-gateway-4).
 */
const KEY_FROM_THE_OTHER_PLATFORM =
  /\binvalid_authentication_error\b|\b(?:Moonshot|Kimi)\w*\b[^\n]{0,80}\bInvalid Authentication\b|\bstatus_code["']?\s{0,2}:\s{0,2}2049\b|\b2049\W{1,3}invalid api key|\b(?:MiniMax|SiliconFlow)\b[^\n]{0,80}\b(?:invalid (?:api key|token)|401)\b/i;

/** OpenAI's own words for a key it refused, which a customer-hosted endpoint never says. */
const OPENAI_REFUSED_THE_KEY =
  /Incorrect API key provided|platform\.openai\.com\/account\/api-keys/i;

/**
 * The provider whose key OpenAI refused, read from the start OpenAI shows of it ("Incorrect API
 * key provided: sk-or-v1*****3a8e"), when it is another OpenAI-compatible provider's: an OpenAI
 * client was given that provider's key and kept OpenAI's base URL (za-openrouter-51; both
 * labels in e-wrapped-15, h-wrapped-23). Null for OpenAI's own keys, for keys whose start no such
 * provider claims, and when the text does not show who answered. A key of a provider with an API
 * of its own (a Google key: e-wrapped-14) or Cursor's (i-openai-9) is the wrong key instead.
 */
function keyOfAnotherProvider(text: string): ProviderSpec | null {
  const shown = /Incorrect API key provided:\s{0,3}([\w.-]{4,})/i.exec(text)?.[1];
  if (!shown) return null;
  const specs = (PROVIDER_SPECS as readonly ProviderSpec[]).filter((spec) => spec.byok);
  // Who answered: the provider whose own key page the refusal points to ("You can find your API
  // key at …"), not any host the text happens to hold (an Azure endpoint beside it).
  // (Some key pages are directions, not URLs: those providers cannot be the one that answered.)
  const answerer = specs.find((spec) => {
    const host = /^https:\/\/([^/]+)/.exec(spec.keyPage)?.[1];
    return host !== undefined && text.includes(host);
  });
  if (!answerer) return null;
  return (
    specs.find(
      (spec) =>
        spec !== answerer &&
        spec.baseUrl?.endsInV1 === true &&
        spec.keyShapes.some((shape) =>
          shape.prefixes.some(
            (prefix) =>
              prefix.length >= 4 && (prefix.startsWith(shown) || shown.startsWith(prefix)),
          ),
        ),
    ) ?? null
  );
}

/**
 * Whether a refused key more likely reached the wrong host than being wrong: one made on the
 * provider's other platform, a key for a customer-hosted endpoint that OpenAI itself answered, or
 * another provider's key that OpenAI refused.
 */
export function keyReachedTheWrongHost(text: string, provider: Provider | null): boolean {
  return (
    KEY_FROM_THE_OTHER_PLATFORM.test(text) ||
    (hostedByTheCustomer(provider) && OPENAI_REFUSED_THE_KEY.test(text)) ||
    keyOfAnotherProvider(text) !== null
  );
}

/** The endpoint: host, path, API version, a blocked address. */
export const ENDPOINT_RULES: readonly TextRule[] = [
  // Providers that run a global and a China platform, each with its own keys: a key refused is
  // first a key sent to the other platform's host, as their maintainers answer it (see
  // KEY_FROM_THE_OTHER_PLATFORM). The key itself is the next suspect.
  rule(
    KEY_FROM_THE_OTHER_PLATFORM,
    ['base-url'],
    "Moonshot (Kimi), MiniMax and SiliconFlow each run a global and a China platform with separate keys: a key works only at the host of the site it was made on (api.moonshot.ai or api.moonshot.cn; api.minimax.io or api.minimaxi.com; api.siliconflow.com or api.siliconflow.cn). Set the base URL to match the key's site; if it already does, the key itself is wrong: create a new one there.",
  ),
  // OpenAI refused a key that another provider issued: the base URL still points at OpenAI.
  {
    pattern: OPENAI_REFUSED_THE_KEY,
    match: (found) => {
      const owner = keyOfAnotherProvider(found.input);
      if (!owner) return null;
      const home = owner.baseUrl?.default ? ` (${owner.baseUrl.default})` : '';
      return {
        layers: ['base-url'],
        provider: owner.id as Provider,
        code: null,
        action: `OpenAI's own API refused this ${owner.name} key: the client still sends its requests to OpenAI. Set its base URL to ${owner.name}'s endpoint${home}, or give it an OpenAI key instead. The key itself may be fine.`,
      };
    },
  },
  // OpenAI's own words for a key it refused, about a key meant for a customer-hosted endpoint
  // (Azure OpenAI): the request went to OpenAI, so that endpoint was never used (x-azure-9).
  {
    pattern: OPENAI_REFUSED_THE_KEY,
    match: (_found, provider) =>
      hostedByTheCustomer(provider)
        ? {
            layers: ['base-url'],
            provider,
            code: null,
            action:
              "OpenAI's own public API answered, so the key never reached your own endpoint (an Azure OpenAI resource): the client fell back to OpenAI. Set its endpoint (https://<resource>.openai.azure.com), API version and deployment, or the tool's Azure option, then retry.",
          }
        : null,
  },
  // A body cut off on the way from a provider's own public address: that address is right, so
  // the provider (or the way there) failed mid-answer (m-openrouter-9).
  failingSide(
    /invalid json response body at https:\/\/(?:api\.openai\.com|openrouter\.ai|api\.anthropic\.com|generativelanguage\.googleapis\.com|api\.deepseek\.com|api\.mistral\.ai|api\.groq\.com)\/[^\n]{0,120}?reason: (?:Unexpected end of JSON|Premature close|aborted)/i,
  ),
  // A 404 that says only its reason phrase ("Error code: 404 - Not Found.", 'Reason: "Not
  // Found"', a body whose whole message is "Not Found"), the model named beside it only as what
  // was asked for: no route at that path.
  {
    pattern:
      /(?:\b404\b[^\w\n]{1,8}|Reason:\s{0,3}["'])Not Found\b(?!\s{0,3}(?:model|for model))|^\s*(?:[\w.]*Error:\s{0,3})?Not Found(?:\.?\s*$| for url\b)|\bmessage['"]?\s{0,2}[:=]\s{0,2}['"]?Not Found(?:['"]|\s*\(|\s*$)/i,
    match: (found, provider) =>
      // A bare message "Not Found" is a 404's only when the text gives that status, and not
      // Anthropic's typed 404, which says it for a model it does not know (j-anthropic-102).
      (/^message/i.test(found[0]) &&
        (!/\b404\b|not_found/i.test(found.input) || /not_found_error/.test(found.input))) ||
      /(?<![a-z])model[^\n]{0,80}(?:(?<!\b404[^\w\n]{1,8}|Reason:\s{0,3}["'])not found|does not exist|not available)|no such model|unknown model|model_not_found|message\W{1,8}model:|does not exist|\w+NotFound\b|\b(?:deprecated|decommissioned|discontinued)\b|(?:different|another|newer) model\b/i.test(
        found.input,
      )
        ? null
        : {
            layers: ['base-url', 'model'],
            provider,
            code: null,
            action:
              'Nothing answers at that path (a bare 404 Not Found, no model said missing): check the base URL and the path the client adds to it, then the model name.',
          },
  },
  // The server's own record of a request path it has no route for: a framework's not-found body
  // naming the path (Spring's "path"), or its access log of that path answered 404 (GIN, a JSON
  // log line). The path, not the model, is what it did not find.
  rule(
    /['"](?:status|error)['"]:\s{0,3}['"]?(?:404|Not Found)\b[^\n{}]{0,300}?['"](?:path|uri|url)['"]:\s{0,3}['"]\/|['"](?:path|uri|url)['"]:\s{0,3}['"]\/[^\n{}]{0,300}?['"]status['"]:\s{0,3}['"]?404\b|\|\s{0,6}404\s{0,6}\|[^\n]{0,120}?\|\s{0,6}(?:GET|POST|PUT|PATCH|DELETE)\s{1,6}"?\//,
    ['base-url'],
    'The server has no route for this path: check the base URL and the path the client adds to it (…/v1 once, /api/generate vs /v1/chat/completions), not the model name.',
  ),
  // Spring's words for a path it has no handler for, and a path holding its API piece twice: the
  // base URL already ends in what the client appends (w-gateway-9), or in another version
  // (…/api/paas/v4/v1/chat/completions: z-wrapped-5).
  rule(
    /\bNo static resource\b|(\/(?:v1|chat\/completions|completions|messages|responses|embeddings))\1(?![\w-])|\/v\d{1,2}(?:beta\d?|alpha\d?)?\/v\d{1,2}(?:beta\d?|alpha\d?)?\/(?:chat|completions|messages|responses|embeddings|models)\b/i,
    ['base-url'],
    'The path is wrong: the base URL already holds part of what the client appends (…/v1/v1, …/v4/v1, …/chat/completions/chat/completions), or the server has no route there. Set the base URL to end where the provider says (often …/v1) and no further.',
  ),
  // An HTML page titled with a 5xx, or with an edge's words for one ("Temporarily unavailable |
  // openrouter.ai | Cloudflare", t-openrouter-7), is an edge or proxy failing, not a page at the
  // wrong path.
  failingSide(
    /<(?:title|h1)>[^<]{0,80}?(?:\b5\d\d\b|Temporarily unavailable|Service unavailable|Bad gateway|Gateway time-?out|Internal server error|Origin is unreachable|Web server is down|A timeout occurred)/i,
  ),
  // A provider's public API host that answered 404 on an endpoint with no version segment before
  // it (some hosts serve both paths, so without the 404 the path proves nothing).
  onlyWhenNotFound(
    rule(
      /https?:\/\/api\.[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}\/(?:messages|chat\/completions|completions|embeddings|responses)\b/i,
      ['base-url'],
      'The path lacks its API version: set the base URL to end in /v1 (https://…/v1), so requests go to …/v1/messages or …/v1/chat/completions.',
    ),
  ),
  rule(
    /api[-_ ]?version|OpenAI-Version header|anthropic-version:? header|enabled only for api versions|private IP|private networks? (?:is |are )?(?:forbidden|blocked|not allowed)|Access to private networks?|ssrf|(?:is not|isn't) a valid URI\b|Invalid URI\b|scheme (?:isn't|is not|must be) (?:ws|wss|http|https) or (?:ws|wss|http|https)\b|404 page not found|Invalid[_ ]URL|(?:cannot|can't|could not|failed to|unable to) (?:be )?parsed? (?:\S+ )?(?:as )?(?:an? )?URL|MalformedURL|no protocol: |(?:undefined|null)\/(?:v\d|chat|completions|models)\b|(?:Unknown|Unrecognized) request URL|Unexpected (?:endpoint|path|route)\b|\b(?:unknown|invalid|unsupported) (?:API )?(?:endpoint|path|route)\b|Only absolute URLs|absolute URL (?:is )?(?:required|expected)|Failed to construct 'URL'|unsupported protocol|wrong API endpoint|Resource not found|no route (?:found|matche[sd]|for)\b|(?:could not|couldn't|unable to|cannot|can't|failed to) route (?:to|the request|this request)\b|endpoints? (?:was )?(?:not found|not exists?|does not exist|is not)|availableEndpoints|Operation unknown|UnknownOperation|operation is not recognized|(?:Ollama|LM ?Studio|vLLM|llama\.cpp|localhost:\d+|127\.0\.0\.1:\d+)\b[^\n]{0,80}(?:status(?: code)?:? 404\b|\b404 Not Found)|base[_ ]?url|(?:POST|GET) \S+ ["']?HTTP\/[\d.]+["']? 404|Cannot (?:POST|GET) \/|<!DOCTYPE|<html|Unexpected token '?<|is not valid JSON|Method Not Allowed|['"]detail['"]: ?['"]Not Found['"]|text\/html|parse URL|Invalid base|No connection adapters|InvalidSchema|UnsupportedProtocol|missing an 'https?:\/\/' or|bad\/illegal format or missing URL|\/v1\/v1\/|URL was not found|(?:verify|check|ensure)[^.\n]{0,40}URL'? is correct|Unexpected end of JSON|invalid character '<'|Expecting value: line 1/i,
    ['base-url'],
    'Check the base URL and API version: the path (…/v1), the API version the endpoint accepts, and that Cursor can reach it (not a private or loopback address).',
  ),
];

const NOTHING_ANSWERS =
  'Nothing answers at that base URL: check the host and port (is the local server or gateway running, and reachable from where the request is made?) and the region in the endpoint.';

/**
 * A local or self-hosted endpoint that refuses connections: the base URL first, then the network,
 * unless the text shows a proxy or resolver failing on the way. An AWS endpoint that does not
 * connect is usually a region without the service.
 */
export const LOCAL_ENDPOINT_RULES: readonly TextRule[] = [
  // Ollama takes no key: its 403 is its check of the request's origin (s-gateway-6).
  rule(
    /\bOllama\b[^\n]{0,80}?\b403\b|\b403\b[^\n]{0,80}?\bOllama\b/i,
    ['base-url'],
    'Ollama refuses requests from an origin it does not allow (a browser extension, an editor, another host): start it with OLLAMA_ORIGINS set to that origin (or *), and with OLLAMA_HOST=0.0.0.0 if the request comes from another machine.',
  ),
  // A browser page's own fetch failing ("TypeError: Failed to fetch", Firefox's NetworkError,
  // Safari's "Load failed"): the address or the server's CORS rule first (g-sdk-network-3,
  // t-sdk-network-7, -8, -9), unless a provider's own host was the target or something in the
  // way is named.
  {
    pattern:
      /TypeError: (?:Failed to fetch|NetworkError when attempting to fetch resource|Load failed)\b/i,
    match: (found, provider) => ({
      // Only a host it names counts, not the provider: a page may call a custom base URL
      // (g-sdk-network-3). The network alone when it is first: the fix order would put a base
      // URL beside it first.
      layers:
        addressOrWayThere(found.input, null)[0] === 'base-url'
          ? ['base-url', 'network']
          : ['network'],
      provider,
      code: null,
      action:
        "The page could not fetch from that address: nothing serves it there, the server refuses this page's origin (CORS), or an https page calls an http address. Check the base URL and the server's allowed origins, then the network.",
    }),
  },
  // Inside a container, localhost is the container itself: the base URL must name the host.
  rule(
    /(?:localhost|127\.0\.0\.1|0\.0\.0\.0|loopback)[^\n]{0,200}?\b(?:from|inside|within|in) (?:the |a |your |this )?(?:[\w-]{1,30} ){0,3}(?:dev)?container\b|\buse host\.docker\.internal\b/i,
    ['base-url', 'network'],
    'Inside a container, localhost and 127.0.0.1 are the container itself: set the base URL to host.docker.internal (Docker Desktop), the machine IP or a domain, not a loopback address.',
  ),
  {
    pattern:
      /(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\[::1\])[^\n]{0,200}(?:refused|Failed to establish|Max retries)|actively refused|No connection could be made|OllamaException|\(status code 0\)|(?<!exit |exited with )\bstatus(?: code)?:? 0\b(?![.,]\d)|blocked by CORS policy|CORS (?:error|failure|request did not succeed)|Access-Control-Allow-Origin|preflight/i,
    match: (found, provider) => ({
      layers: connectionLayers(found.input, provider, 'refused'),
      provider,
      code: null,
      action: connectionAction(found.input, NOTHING_ANSWERS),
    }),
  },
  rule(
    /Could not connect to the endpoint URL|EndpointConnectionError/i,
    ['base-url', 'network'],
    NOTHING_ANSWERS,
  ),
];

/** The network between here and the service, in the words of other runtimes. */
const NETWORK_ACTION =
  'The request never got an answer: check the internet connection, VPN, proxy (HTTPS_PROXY) and firewall, then retry. If only this host fails, check its name in the base URL.';

/**
 * A failure on the way to the service, in any runtime's words: a connection that failed or was cut: refused, reset, unresolved, untrusted, or closed before the
 * answer was complete ("Server disconnected without sending a response", f-sdk-network-18).
 */
export const NETWORK_CAUSE =
  /Name or service not known|socket connection was closed unexpectedly|Temporary failure in name resolution|\bgaierror\b|UnknownHost|Failed host lookup|Failed to connect to [\w.-]+(?:\.[a-z]{2,}| port \d+)|Couldn't connect to server|response code for CONNECT|(?:socket|Server) disconnected|peer closed (?:the )?connection|incomplete chunked read|IncompleteRead|Connection broken|Premature close|(?:response|stream|body) ended prematurely|other side closed|ChunkedEncodingError|nodename nor servname|No address associated|no such host|Could not resolve|Failed to resolve|NameResolutionError|getaddrinfo failed|Cannot connect to host|Failed to establish a (?:new|socket) connection|Max retries exceeded|Connect(?:ion)? ?(?:call )?(?:refused|reset|aborted|timed out)|forcibly closed by the remote host|connection was aborted by the software|\bwsa(?:recv|send)\b|\bWSAE(?:CONNRESET|CONNABORTED|TIMEDOUT)\b|Broken pipe|ConnectTimeout|ReadTimeout|i\/o timeout|context deadline exceeded|Is the computer able to access the url|\bPrivoxy\b|\bZscaler\b|\bDeadline ?Exceeded\b|dial tcp|TLS handshake|\bhandshake (?:failed|failure|error)(?![^\n]{0,60}?\b(?:response|status)\W{0,3}[1-5]\d\d\b)|x509:|network (?:disconnected|is down|is offline|changed)|(?:internet|network) connection (?:was )?(?:lost|offline)|appears to be offline|\bDNS(?: lookup| resolution| query)?:? (?:failed|failure|error|no response|timed? ?out)|schannel|InitializeSecurityContext|\bSEC_E_\w+|\bCRYPT_E_\w+|revocation (?:check|server|function)|curl: \((?:6|7|28|35|51|52|56|58|60|77)\)|(?:unrecognized|untrusted|unknown|invalid|self[- ]signed) (?:SSL |TLS |root )?certificate|certificate (?:is |was )?(?:not trusted|untrusted)|(?:traffic|connection) (?:is being |was |has been )?intercepted|PKIX path|SEC_ERROR_UNKNOWN_ISSUER|CERTIFICATE_VERIFY_FAILED|SSLError|SSL connection could not be established|remote certificate is invalid|UntrustedRoot|(?:Could not|Couldn't|Unable to|Can't) connect to|WRONG_VERSION_NUMBER|wrong version number|\bEPROTO\b|SSL routines|certificate verify failed|EOF occurred|RemoteDisconnected|network is unreachable|No route to host|error reading DNS|UNSAFE_LEGACY_RENEGOTIATION|legacy renegotiation|EHOSTUNREACH|ENETUNREACH|HTTPS?_PROXY|(?<![\w./-])proxy(?![./-]?\w)|firewall|timed? ?out|Connection lost|reconnecting|unexpected EOF|\b(?:TypeError|Error|failed): terminated\b|ERR_(?:CONNECTION|NETWORK|INTERNET|NAME_NOT_RESOLVED|PROXY|TUNNEL|CERT|SSL)\w*|NGHTTP2|HTTP\/?2 (?:stream|protocol)|(?:doesn't|does not|cannot|can't) (?:support|handle|carry) HTTP\/?2|(?:disable|disabling) HTTP\/?2|HTTP\/1(?:\.1)? mode|useHttp1|stream (?:was )?(?:reset|closed)|超时|连接(?:中断|被(?:拒绝|重置))|网络(?:错误|异常|不可用)/i;

/** A failed connection: the network, or first the base URL when the target looks typed or local. */
function connectionRule(pattern: RegExp): TextRule {
  return {
    pattern,
    match: (found, provider) => ({
      layers: connectionLayers(found.input, provider, failureKindOf(found.input)),
      provider,
      code: null,
      action: connectionAction(found.input, NETWORK_ACTION),
    }),
  };
}

/**
 * A firewall in front of the service (Cloudflare's block page, a relay's WAF) refusing the
 * client before any key is read: by IP (a VPN, a datacenter), country or user agent
 * (ling-kong-ran/pisper#2, lss233/kirara-ai#929, ai-genie/chatgpt-vscode#136). A request
 * blocked for what it said is a content filter instead.
 */
const BLOCKED_BY_A_FIREWALL =
  /Sorry, you have been blocked|Attention Required! \| Cloudflare|\b(?:Your|The|This) request (?:was|is|has been) blocked\b(?![^\n.]{0,20}\b(?:safety|content|moderation|policy|policies)\b)/i;

export const NETWORK_RULES: readonly TextRule[] = [
  // A company's web filter on the way out (Zscaler's words) judged the address a risk
  // (za-sdk-network-55).
  rule(
    /\bReputation block outbound request\b/i,
    ['network'],
    "Your company's web filter (Zscaler or the like) blocked the request on the way out, judging the address a risk: ask IT to allow that host, or use another network. No key or model is at fault.",
  ),
  rule(
    BLOCKED_BY_A_FIREWALL,
    ['network'],
    "A firewall in front of the service (Cloudflare, or a relay's own) refused this client before any key was read: it blocks by IP address (VPN, proxy, datacenter), country or user agent. Retry without the VPN or proxy, or from another network; behind a relay, ask its operator. No key or model is at fault.",
  ),
  // Cursor fetching its own parts (the remote server over SSH, an update, an extension): the
  // machine doing the download could not reach Cursor's storage.
  ...cursorOnly([
    rule(
      /(?:Error|Failed|failure) (?:while )?downloading (?:the )?(?:Cursor |VS ?Code |remote )?(?:server|update|extension)\b|\b(?:Failed|Unable|Couldn't|could not|cannot) (?:to )?download (?:the )?(?:Cursor|VS ?Code|remote server|server|update|extension)\b/i,
      ['network'],
      'A download from Cursor failed on the way: check that the machine doing it (the remote host, over SSH) can reach the address (proxy, firewall, DNS), then retry; removing a half-installed ~/.cursor-server on that host makes Cursor start over.',
      CURSOR,
    ),
  ]),
  rule(
    /Cannot read propert(?:y|ies) (?:of undefined )?\(?(?:reading )?'(?:status|statusText|data|response|headers)'/i,
    ['network'],
    'No response came back at all (the code read a response that never arrived): check the connection, VPN, proxy and the base URL, then retry.',
  ),
  connectionRule(NETWORK_CAUSE),
];

/** Connection words that Cursor's own banners also use: they rank below Cursor's service ("Load failed" is WebKit's "Failed to fetch"). */
export const WEAK_NETWORK_CAUSE =
  /Connect(?:ion)? ?(?:call )?failed|ConnectError|APIConnectionError|Connection error|Network ?Error|network error|fetch failed|Failed to fetch|(?<!model )\bLoad failed\b|internet connection|\bVPN\b/i;

export const WEAK_NETWORK_RULES: readonly TextRule[] = [connectionRule(WEAK_NETWORK_CAUSE)];
