// Reads the loose signals of a pasted error: an HTTP status, the provider's host or name (as the
// registry spells them), response headers, and a Node network failure with its cause. Each
// reader is forgiving and bounded.
import type {NetworkFailure, NetworkFailureKind} from '../runner.js';
import {PROVIDER_SPECS} from '../providers/registry/index.js';
import type {ProviderSpec} from '../providers/registry/spec.js';
import type {Provider} from '../vocabulary.js';

const STATUS_PATTERNS: readonly RegExp[] = [
  // "HTTP/1.1 429", "HTTP 401", "status: 403", "statusCode=404", "Error code: 401 - {…}",
  // "API Error: 401 {…}", "AuthenticationError: 401 invalid x-api-key".
  /(?:\bHTTP(?:\/[\d.]+)?|\bstatus(?:[ _]?code)?|Error(?: code)?)\s*[:=]?\s*"?([1-5]\d\d)\b(?![.,]\d)/i,
  // A line that starts with the status, as curl -i and some loggers print it.
  /^[^\S\n]*([45]\d\d)\s+[A-Z{[]/m,
  // The SDKs' own message form, "<status> <message>", after a logger's colon:
  // "API call (Attempt 1/3): 400 Provider returned error".
  /:\s+([45]\d\d)\s+(?=[A-Z{[])/,
  // The status with its reason phrase anywhere: "404 Not Found", "429 Too Many Requests".
  /\b([45]\d\d)\s+(?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Request Entity Too Large|Payload Too Large|Unprocessable Entity|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b/i,
];

export function statusFromText(text: string): number | null {
  for (const pattern of STATUS_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}

/**
 * The one provider a text points at through `clue`, if exactly one does; a provider whose clue
 * contains another's ("openai.azure.com", "Azure OpenAI") is the one meant when both are seen.
 */
const SPECS: readonly ProviderSpec<Provider>[] = PROVIDER_SPECS;

function onlyProvider(text: string, clue: (spec: ProviderSpec<Provider>) => RegExp | null) {
  const seen = SPECS.filter((spec) => clue(spec)?.test(text));
  const meant = seen.filter((spec) => !seen.some((other) => other.narrows === spec.id));
  return meant.length === 1 ? meant[0]!.id : null;
}

/** The provider whose host or documentation link appears in the text, if exactly one does. */
export function providerFromText(text: string): Provider | null {
  return onlyProvider(text, (spec) => spec.hosts);
}

/** The provider named in words, if exactly one is (Azure OpenAI counts as Azure). */
export function providerNamedInText(text: string): Provider | null {
  return onlyProvider(text, (spec) => spec.textNames);
}

/**
 * The provider one word names, as Cursor's banners put it ("Unauthorized User Openai API key"):
 * its id, a word of its name ("AWS", "Gemini"), its words in a text taken whole, or a banner name
 * ("Claude").
 */
export function providerOfWord(word: string): Provider | null {
  const named = providerOfExactWord(word);
  // Copied from a screenshot, a capital I often comes out as an l ("Invalid OpenAl API Key").
  return named ?? (/l/.test(word) ? providerOfExactWord(word.replace(/l/g, 'I')) : null);
}

function providerOfExactWord(word: string): Provider | null {
  const lower = word.toLowerCase();
  const whole = (pattern: RegExp | null) => pattern?.exec(word)?.[0].length === word.length;
  const spec =
    SPECS.find((s) => s.id === lower) ??
    SPECS.find((s) => whole(s.textNames)) ??
    SPECS.find((s) => s.bannerNames.some((name) => name.toLowerCase() === lower)) ??
    SPECS.find((s) => s.name.toLowerCase().split(/\s+/).includes(lower));
  return spec?.id ?? null;
}

export function firstUrl(text: string): string | null {
  const match = /\bhttps?:\/\/[^\s"'<>)\]]+/i.exec(text);
  return match ? match[0] : null;
}

/** Response headers pasted with the error ("retry-after: 30", "x-amzn-ErrorType: …"). */
export function headersFromText(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const pattern =
    /^[^\S\n]*(retry-after(?:-ms)?|x-amzn-errortype|x-amzn-requestid|x-request-id|request-id|apim-request-id|x-ratelimit-[\w-]+|anthropic-ratelimit-[\w-]+)\s*:\s*(\S[^\r\n]*)$/gim;
  for (const match of text.matchAll(pattern)) {
    headers[match[1]!.toLowerCase()] = match[2]!.trim();
  }
  return headers;
}

interface CauseShape {
  pattern: RegExp;
  kind: NetworkFailureKind;
  code: string | null;
}

// Node's own codes and messages for each failure (see providers.md §10). The message forms
// matter because people often paste only "cause: self-signed certificate in certificate chain".
const CAUSES: readonly CauseShape[] = [
  {
    pattern: /\bSELF_SIGNED_CERT_IN_CHAIN\b|self[- ]signed certificate in certificate chain/i,
    kind: 'tls',
    code: 'SELF_SIGNED_CERT_IN_CHAIN',
  },
  {
    pattern: /\bDEPTH_ZERO_SELF_SIGNED_CERT\b|self[- ]signed certificate\b/i,
    kind: 'tls',
    code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
  },
  {
    pattern: /\bUNABLE_TO_GET_ISSUER_CERT_LOCALLY\b|unable to get local issuer certificate/i,
    kind: 'tls',
    code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  },
  {
    pattern: /\bUNABLE_TO_VERIFY_LEAF_SIGNATURE\b|unable to verify the first certificate/i,
    kind: 'tls',
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  },
  // Other runtimes' words for the same untrusted issuer (Go, Java, .NET): Node's code names it.
  {
    pattern:
      /certificate signed by unknown authority|PKIX path building failed|unable to find valid certification path|\bUntrustedRoot\b/i,
    kind: 'tls',
    code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  },
  {pattern: /\bCERT_HAS_EXPIRED\b|certificate has expired/i, kind: 'tls', code: 'CERT_HAS_EXPIRED'},
  {
    pattern: /\bERR_TLS_CERT_ALTNAME_INVALID\b|does(?: not|n't) match certificate's altnames/i,
    kind: 'tls',
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
  },
  // TLS spoken to a plain-HTTP port, or plain HTTP to a TLS port, in OpenSSL's, Go's and nginx's words.
  {
    pattern:
      /\bERR_SSL_(?:WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG)\b|wrong[ _]version[ _]number|packet length too\s+long|SSL_ERROR_RX_RECORD_TOO_LONG|server gave HTTP response to HTTPS client|plain HTTP request was sent to HTTPS port/i,
    kind: 'tls',
    code: 'ERR_SSL_WRONG_VERSION_NUMBER',
  },
  {
    pattern:
      /\bUND_ERR_PRX_(?:TLS|CONN)\b|Proxy Authentication Required|tunneling socket could not be established|\bproxy\b[^\n]{0,200}\b(?:407|refused|failed)/i,
    kind: 'proxy',
    code: null,
  },
  {pattern: /\bENOTFOUND\b|\bEAI_AGAIN\b|getaddrinfo/i, kind: 'dns', code: 'ENOTFOUND'},
  {pattern: /\bECONNREFUSED\b/, kind: 'refused', code: 'ECONNREFUSED'},
  {
    pattern: /\bECONNRESET\b|\bUND_ERR_SOCKET\b|other side closed|socket hang up/i,
    kind: 'reset',
    code: 'ECONNRESET',
  },
  {
    pattern:
      /\bUND_ERR_(?:CONNECT|HEADERS|BODY)_TIMEOUT\b|Connect Timeout Error|\bETIMEDOUT\b|\bTimeoutError\b|aborted due to timeout|Request timed out/i,
    kind: 'timeout',
    code: 'UND_ERR_CONNECT_TIMEOUT',
  },
];

/** A Node/undici network failure described in the text, or null when there is none. */
export function networkFailureFromText(text: string): NetworkFailure | null {
  for (const cause of CAUSES) {
    const match = cause.pattern.exec(text);
    if (!match) continue;
    // Prefer the literal code the text names (EAI_AGAIN, UND_ERR_SOCKET, …) over the family's.
    const literal = /\b(E[A-Z_]{3,}|UND_ERR_[A-Z_]+|ERR_TLS_[A-Z_]+|[A-Z_]*CERT[A-Z_]*)\b/.exec(
      match[0],
    );
    const code = literal ? literal[1]! : cause.code;
    return {kind: cause.kind, code, message: lineAround(text, match.index)};
  }
  if (/\bfetch failed\b|Connection error\.|Error: Connection failed/i.test(text)) {
    return {kind: 'other', code: null, message: 'fetch failed'};
  }
  return null;
}

/** The line holding `index`, trimmed and bounded, as the failure's message. */
function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text
    .slice(start, end < 0 ? undefined : end)
    .trim()
    .slice(0, 300);
}
