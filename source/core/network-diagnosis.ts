// What a failed connection means, in the words of the fix: DNS, refused, reset, timeout, TLS
// interception or a proxy. Shared by the Cursor-side checks, the provider checks and `classify`.
import {MCP_CONNECTION_STEP, STEP_OF_LAYER, type Diagnosis} from './diagnosis.js';
import {connectionAction, failedAtMcpServer} from './mcp-connection.js';
import {INSECURE_TRANSPORT_CODE} from './gate/transport.js';
import {isLoopback, isPrivate} from './providers/base-url-check.js';
import {providerSpec} from './providers/registry/index.js';
import {addressOrWayThere} from './classify/connection-target.js';
import type {NetworkFailure} from './runner.js';
import type {Layer, Provider} from './vocabulary.js';

const INTERCEPTION_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
]);

const CA_ADVICE =
  "Export the proxy or antivirus root certificate as PEM and start again with NODE_EXTRA_CA_CERTS=/path/to/root.pem (Node reads it only at startup). The Cursor CLI's --insecure skips certificate checks: development only, never with real keys.";

/**
 * The host, to name in advice. A label of 32 or more letters and digits is no name anyone typed:
 * it may be a key pasted into the URL, so it is not repeated.
 */
function hostOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    host = url;
  }
  return host.replace(/[A-Za-z0-9]{32,}/g, '…');
}

/** The name the certificate was checked against: the URL's host, else the one Node's message names. */
function checkedName(host: string, message: string): string {
  const name =
    host || (/(?:IP|Host): ([\w.:[\]-]+?)\.? is not in the cert/.exec(message)?.[1] ?? '');
  // Without its port: "192.168.1.20:8443" is a private address.
  return name.replace(/(?<=[^:]|\]):\d+$/, '');
}

function tlsAction(
  code: string | null,
  host: string,
  message: string,
  target: {provider: Provider | null; url: string},
): {layer?: Layer; action: string; also: Layer[]} {
  if (code && INTERCEPTION_CODES.has(code)) {
    return {
      action: `The certificate for ${host} is not signed by a trusted root (${code}): a corporate proxy or antivirus is probably intercepting HTTPS. ${CA_ADVICE}`,
      also: [],
    };
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    return {
      action: `The certificate for ${host} is outside its validity dates (${code}): check this machine's clock, or an intercepting proxy is using an expired certificate.`,
      also: [],
    };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    // A local or private address is one someone typed; a public name answered by a certificate
    // for another is, in the threads seen, a proxy or a poisoned resolver (p-sdk-network-1, -4).
    const name = checkedName(host, message);
    return name !== '' && (isLoopback(name) || isPrivate(name))
      ? {
          action: `The certificate does not name ${host || name} (${code}): the base URL points at the wrong host.`,
          also: ['base-url'],
        }
      : {
          action: `The certificate does not name ${host || name || 'the host'} (${code}): something between you and the service answered in its place (a proxy, a captive portal, DNS filtering or a hosts-file entry). Try another network or VPN; if the base URL names a host of your own, check it.`,
          also: [],
        };
  }
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'EPROTO') {
    const [layer, ...also] = addressOrWayThere(`${target.url} ${message}`, target.provider);
    const where = host ? ` with ${host}` : '';
    return layer === 'base-url'
      ? {
          layer,
          action: `TLS and plain HTTP crossed${where} (${code}): an https:// URL points at a port that serves plain HTTP, or the reverse. Fix the scheme in the base URL (http:// for a local server without TLS), or put TLS in front of the server.`,
          also,
        }
      : {
          // No base URL beside it: the fix order would put it first, and this host speaks TLS.
          action: `TLS failed${where} (${code}): a proxy or filter in the way breaks TLS, or a proxy URL (HTTPS_PROXY) says https:// for a proxy that speaks plain HTTP.`,
          also: [],
        };
  }
  return {action: `TLS failed with ${host}${code ? ` (${code})` : ''}. ${CA_ADVICE}`, also: []};
}

export function diagnoseNetworkFailure(
  failure: NetworkFailure,
  target: {provider: Provider | null; url: string},
): Diagnosis {
  const host = hostOf(target.url);
  let layer: Layer = 'network';
  let action: string;
  let also: Layer[] = [];
  switch (failure.kind) {
    case 'dns': {
      // Some providers' host names come from the person's own resource name.
      const hint = target.provider ? providerSpec(target.provider).baseUrl?.unresolved : null;
      action = `The name ${host} does not resolve (${failure.code ?? 'DNS'}): check the base URL for a typo, the connection, or DNS filtering.${hint ? ` ${hint}` : ''}`;
      also = ['base-url'];
      break;
    }
    case 'refused':
      action = `Nothing accepts connections at ${host} (${failure.message || failure.code || 'ECONNREFUSED'}): a wrong port in the base URL, or a proxy in HTTPS_PROXY that is not running.`;
      also = ['base-url'];
      break;
    case 'reset':
      action = `The connection to ${host} was cut (${failure.code ?? 'ECONNRESET'}): a proxy or firewall closed it. Check HTTPS_PROXY/NO_PROXY and the firewall.`;
      break;
    case 'timeout':
      action = `${host} did not answer in time${failure.code ? ` (${failure.code})` : ''}: a firewall may drop the traffic silently, or a proxy is needed (set HTTPS_PROXY).`;
      break;
    case 'tls': {
      const tls = tlsAction(failure.code, host, failure.message, target);
      layer = tls.layer ?? layer;
      action = tls.action;
      also = tls.also;
      break;
    }
    case 'proxy':
      action = `The proxy refused or failed the connection to ${host}${failure.code ? ` (${failure.code})` : ''}: ${/407/.test(failure.message) ? 'it wants credentials (put them in HTTPS_PROXY as http://user:pass@host:port)' : 'check HTTPS_PROXY/HTTP_PROXY and NO_PROXY'}.`;
      break;
    case 'cancelled':
      layer = 'unknown';
      action = 'The check was cancelled before an answer came.';
      break;
    case 'other':
      if (failure.code === INSECURE_TRANSPORT_CODE) {
        layer = 'base-url';
        action = failure.message;
        break;
      }
      action = `The request to ${host} failed: ${failure.message}${failure.code ? ` (${failure.code})` : ''}.`;
      break;
  }
  // A connection an MCP server refused never involved a key: it has its own fixing step.
  const mcp = layer === 'network' && failedAtMcpServer(failure.message);
  return {
    layer,
    step: mcp ? MCP_CONNECTION_STEP : STEP_OF_LAYER[layer],
    provider: target.provider,
    httpStatus: null,
    code: failure.code ?? failure.kind,
    action: mcp ? connectionAction(failure.message, action) : action,
    alsoPossible: also,
    retryAfterSeconds: null,
  };
}
