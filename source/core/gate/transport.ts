// Where a key may be sent: only over https://, or plain http:// to this machine (loopback).
// Decided before anything is sent, from the URL alone.

/** Loopback as the contract names it: 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(host) ||
    host === '::1'
  );
}

export type TransportVerdict =
  {ok: true} | {ok: false; reason: 'not-a-url' | 'scheme' | 'plain-http'; line: string};

/** Shows a URL without its user info: `https://***@host/…`. */
export function withoutUserInfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#\s]*@/i, '$1***@');
}

/**
 * Whether a key may travel to `url`. `name` says where the URL came from
 * (`OPENAI_BASE_URL`, `CURSORKEY_CURSOR_API_URL`) for the one-line message.
 */
export function checkTransport(url: string, name: string): TransportVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {ok: false, reason: 'not-a-url', line: `${name} is not a URL`};
  }
  const shown = withoutUserInfo(url);
  if (parsed.protocol === 'https:') return {ok: true};
  if (parsed.protocol === 'http:') {
    if (isLoopbackHost(parsed.hostname)) return {ok: true};
    return {
      ok: false,
      reason: 'plain-http',
      line: `${name} (${shown}) uses plain http:// to another machine, so nothing was sent: the key would travel unencrypted. Use an https:// URL; as Cursor's base URL it must also be one that Cursor's servers can reach.`,
    };
  }
  return {
    ok: false,
    reason: 'scheme',
    line: `${name} (${shown}) is a ${parsed.protocol} URL, so nothing was sent: a base URL must be https:// (or http:// to this machine only).`,
  };
}

/** The code a refused request carries, so the network diagnosis names the base URL. */
export const INSECURE_TRANSPORT_CODE = 'ERR_KEY_TRANSPORT_REFUSED';
