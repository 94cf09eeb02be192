// Where a request that got no answer was going, as far as the text shows it, and so whether the
// base URL or the network is the first suspect. A provider's own public host cannot be a typo, a
// resolver or proxy that failed is the network whatever the target, while this machine, a
// private address or a host someone typed is where a wrong base URL usually points.
import {PROVIDER_SPECS} from '../providers/registry/index.js';
import type {ProviderSpec} from '../providers/registry/spec.js';
import {failedAtMcpServer} from '../mcp-connection.js';
import type {Layer, Provider} from '../vocabulary.js';

const SPECS: readonly ProviderSpec<Provider>[] = PROVIDER_SPECS;

/** How the connection failed, as far as it matters here. */
export type FailureKind = 'dns' | 'refused' | 'other';

/**
 * A proxy between here and the target, in the words of a proxy failing, or a port local proxies
 * listen on; a gateway called "…-proxy" is a base URL like any other.
 */
const PROXY =
  /ProxyError|\bPrivoxy\b|\bZscaler\b|\bSquid\b|\bBlue ?Coat\b|\bFortiGuard\b|proxy ?connect|(?:connect|connection) to (?:the )?prox(?:y|ies)|\bPROXY \d|HTTPS?_PROXY|Proxy Authentication|proxy (?:refused|failed|error|server|settings)|check proxy|tunnel(?:ing)? (?:socket|connection)|(?::|\bport )(?:7890|7891|7897|1080|1081|1087|3128|6152|8118|10808|10809|20171|20172)\b/i;

/** The resolver itself failed or was unreachable: no name was looked up at all. */
const RESOLVER =
  /\blookup \S+ on \S+:53\b|name resolution|\bEAI_AGAIN\b|\bEREFUSED\b|\bESERVFAIL\b|DNS server|resolver/i;

/** A certificate this machine does not trust: an intercepting proxy or an old CA store. */
const TLS_TRUST =
  /self[- ]signed|x509|CERTIFICATE_VERIFY_FAILED|certificate verify failed|local issuer|unknown authority|CERT_HAS_EXPIRED|certificate has expired|remote certificate is invalid|UntrustedRoot/i;

/**
 * A host named where runtimes name the target of a failed connection: a URL, `host='…'`,
 * "connect to …", "resolve …", "lookup …", Node's codes, Java's UnknownHostException, .NET's
 * "(host:port)".
 */
const HOST_MENTION =
  /(?:https?:\/\/|\bhost\s*[=:]\s*['"]?|\bhost\s+['"`]?|\bconnect(?:ion)? to\s+(?:host\s+)?['"`]?|\bresolve(?: host)?:?\s+['"`]?|\blookup(?: host)?:?\s+['"`]?|UnknownHostException:\s*|\b(?:ENOTFOUND|EAI_AGAIN|EREFUSED|ECONNREFUSED|ETIMEDOUT|ECONNRESET|EHOSTUNREACH)\s+|\bdial tcp\s+|\baddress:?\s+['"]?|\((?=[\w.-]+:\d{2,5}\)))(\[[0-9a-f:.]+\]|[\w.-]+)/gi;

const LOOPBACK_OR_PRIVATE =
  /^(?:localhost|host\.docker\.internal|0\.0\.0\.0|\[?::1\]?|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+)$|\.(?:local|internal|lan)$/i;

const DNS_FAILURE =
  /ENOTFOUND|getaddrinfo|Name or service not known|nodename nor servname|No address associated|no such host|UnknownHost|Could not resolve|Failed to resolve|NameResolution|Failed host lookup|NAME_NOT_RESOLVED|DNSError/i;

const READ_TIMEOUT = /\bReadTimeout|\bRead timed out|\bread timeout\b/i;

/** Go's deadline, which says nothing of whether the connection was ever made. */
const GO_DEADLINE = /\bcontext deadline exceeded\b/i;

/** A host given by a bare alias (`host='llm'`, `http://ollama:11434`, `lookup llm`). */
const ALIAS_HOST =
  /(?:\bhost\s*=\s*['"]?|https?:\/\/|\blookup\s+)([a-z][\w-]{1,62})(?=['":\/\s,)]|$)/gi;

function namesAnAlias(text: string): boolean {
  return [...text.matchAll(ALIAS_HOST)].some((match) => !/^localhost$/i.test(match[1]!));
}

/** Whether the text names what stood between here and the service: a proxy or an untrusted certificate. */
export function namesSomethingInTheWay(text: string): boolean {
  return PROXY.test(text) || TLS_TRUST.test(text);
}

/** A provider whose API lives on the customer's own hosts (Azure OpenAI's resources). */
export function hostedByTheCustomer(provider: Provider | null): boolean {
  return SPECS.some((spec) => spec.id === provider && spec.apiHost === null);
}

/** The kind of failure a text in any runtime's words describes. */
export function failureKindOf(text: string): FailureKind {
  if (DNS_FAILURE.test(text)) return 'dns';
  return /refused|10061/i.test(text) ? 'refused' : 'other';
}

/**
 * This machine or a private address; a public host nobody types (a provider's own, a well-known
 * service's); or a host someone typed.
 */
type HostKind = 'local' | 'public' | 'typed';

/** A label a template filled with an unset variable (`undefined`, `null`, Python's `None`). */
const UNFILLED_LABEL = /(?:^|[.-])(?:undefined|null|none)(?:[.-]|$)/;

const PUBLIC_SERVICE =
  /(?:^|\.)(?:github\.com|githubusercontent\.com|gitlab\.com|npmjs\.(?:org|com)|pypi\.org|pythonhosted\.org|huggingface\.co|google\.com|microsoft\.com|cloudflare\.com|docker\.io|ollama\.(?:ai|com))$/;

function kindOf(host: string): HostKind | null {
  const name = host.replace(/\.$/, '').toLowerCase();
  if (LOOPBACK_OR_PRIVATE.test(name)) return 'local';
  // Built from a variable never set: someone's configuration, even on a provider's own domain.
  if (UNFILLED_LABEL.test(name) && /\.[a-z]{2,}$/.test(name)) return 'typed';
  // A scheme or an unset variable where the host belongs: a URL built wrong (w-sdk-network-5).
  if (/^(?:https?|wss?|undefined|null|none)$/.test(name)) return 'typed';
  // A public address is what a name resolved to, not what anyone typed.
  if (/^[\d.]+$|^\[?[0-9a-f:]+\]?$/i.test(name)) return null;
  if (!/\.[a-z]{2,}$/.test(name)) return null;
  // A regional API host whose region is no real region: someone typed it.
  for (const spec of SPECS) {
    const region = spec.regionalHost?.host.exec(name)?.[1];
    if (region && !spec.regionalHost!.region.test(region)) return 'typed';
  }
  // A well-known public service's host is no more a typo than a provider's (w-sdk-network-3, -4).
  return PUBLIC_SERVICE.test(name) || SPECS.some((spec) => spec.ownDomains?.test(name))
    ? 'public'
    : 'typed';
}

const LOOPBACK_HTTPS = /\b(?:127\.\d+\.\d+\.\d+|0\.0\.0\.0|::1\]?):443\b/;

/** A local model server, by name or by the port it listens on. */
const LOCAL_SERVER =
  /\bOllama|LM ?Studio|\bvLLM\b|llama\.cpp|LocalAI|\bkoboldcpp|(?:\bport=|:)(?:11434|1234|8000|4000)\b/i;

/** A script's own source in a stack frame (`…/static/js/main.js:2:1`): where code came from. */
const SCRIPT_SOURCE = /^(?::\d+)?\/[^\s"'()]*\.(?:m?js|cjs|jsx?|tsx?|map)(?::\d+){0,2}(?![\w/])/;

/** Whether the text names a host or address other than this machine's own. */
function namesARemoteHost(text: string): boolean {
  return [...text.matchAll(HOST_MENTION)].some(
    (match) => !/^(?:localhost|127\.\d+\.\d+\.\d+|\[?::1\]?)$/i.test(match[1]!),
  );
}

function hostKinds(text: string): Set<HostKind> {
  const kinds = new Set<HostKind>();
  if (LOCAL_SERVER.test(text)) kinds.add('local');
  for (const match of text.matchAll(HOST_MENTION)) {
    // The page's own scripts were served from that host; the request went elsewhere.
    if (SCRIPT_SOURCE.test(text.slice(match.index + match[0].length))) continue;
    const kind = kindOf(match[1]!);
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/**
 * The layers a failed connection points at: the base URL first when the target was a local or
 * typed host, or when the provider's hosts are the customer's own and none is named; else the
 * network alone.
 */
export function connectionLayers(
  text: string,
  provider: Provider | null,
  kind: FailureKind,
): Layer[] {
  const network: Layer[] = ['network'];
  const either: Layer[] = ['base-url', 'network'];
  if (PROXY.test(text) || TLS_TRUST.test(text)) return network;
  // Connected, then no answer in time: the address answered, so it is not the suspect.
  if (READ_TIMEOUT.test(text)) return network;
  // Go's deadline with no dial, naming no address or only this machine's (where a connection is
  // refused at once, never left waiting): the answer was slow (z-sdk-network-9: Ollama slow to
  // its first token). An address elsewhere may never have connected, so it stays a suspect.
  if (GO_DEADLINE.test(text) && !/\bdial tcp\b/i.test(text) && !namesARemoteHost(text)) {
    return network;
  }
  // A name without a dot is a container's or a LAN alias, no name the internet's DNS holds: one
  // that does not resolve is a host the base URL names and this network lacks (r-sdk-network-6).
  if (namesAnAlias(text) && (DNS_FAILURE.test(text) || RESOLVER.test(text))) return either;
  if (RESOLVER.test(text)) return network;
  // The failed connection was to an MCP server (its log or its SSE transport says so), not to
  // the model's endpoint: the base URL is not the suspect.
  if (failedAtMcpServer(text)) return network;
  // HTTPS on this machine's own address: a hosts-file entry or an interceptor took the name.
  if (LOOPBACK_HTTPS.test(text) && !LOCAL_SERVER.test(text)) return network;
  const kinds = hostKinds(text);
  // The provider's own host reached this machine or a private address: a proxy or a hosts file.
  if (kinds.has('public')) return network;
  if (kinds.has('local')) return either;
  if (kinds.has('typed')) return kind === 'other' ? network : either;
  // No host named: a provider whose hosts are the customer's own makes the name the suspect, and
  // a refusal means something was reached where nothing listens, unless the host is a provider's.
  const spec = provider ? SPECS.find((s) => s.id === provider) : undefined;
  if (hostedByTheCustomer(provider)) return kind === 'other' ? network : either;
  // A regional host that does not resolve: a region the service does not run in, or an endpoint
  // built wrong, before the DNS (g-bedrock-15; named hosts: c-bedrock-44, h-bedrock-9).
  if (spec?.regionalHost && kind === 'dns') return either;
  return kind === 'refused' && !spec ? either : network;
}

/**
 * A failure whose words name no cause of their own, only that the address did not serve: TLS and
 * plain HTTP crossed (OpenSSL's "wrong version number"), a browser page's failed fetch. The URL
 * someone typed is the suspect (a local server, a relay, a named host of their own, or none named
 * and no provider known: n-sdk-network-12, q-sdk-network-10, t-sdk-network-7), unless the target
 * is a provider's own host or a proxy stands between: then the way there.
 */
export function addressOrWayThere(text: string, provider: Provider | null): Layer[] {
  const network: Layer[] = ['network', 'base-url'];
  const baseUrl: Layer[] = ['base-url', 'network'];
  if (PROXY.test(text)) return network;
  const kinds = hostKinds(text);
  if (kinds.has('local') || kinds.has('typed')) return baseUrl;
  if (kinds.has('public')) return network;
  const spec = provider ? SPECS.find((s) => s.id === provider) : undefined;
  return spec && spec.apiHost !== null ? network : baseUrl;
}
