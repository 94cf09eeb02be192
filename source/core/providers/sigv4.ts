// AWS Signature Version 4 for one request, with node:crypto only. Small enough to own, and it
// keeps the AWS SDK out of the bundle for the common case of keys in the environment.
import {createHash, createHmac} from 'node:crypto';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | null;
}

export interface SignInput {
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  body: string;
  region: string;
  service: string;
  credentials: AwsCredentials;
  now: Date;
}

function sha256Hex(data: string): string {
  return createHash('sha256').update(data, 'utf8').digest('hex');
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The path as it must appear on the wire: each segment percent-encoded once. */
export function encodePath(segments: readonly string[]): string {
  return '/' + segments.map(encodeRfc3986).join('/');
}

function canonicalUri(pathname: string): string {
  // Services other than S3 sign the already-encoded path encoded a second time.
  const segments = pathname.split('/').slice(1);
  return '/' + segments.map((segment) => encodeRfc3986(segment)).join('/');
}

function canonicalQuery(search: URLSearchParams): string {
  return [...search.entries()]
    .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

export function amzDate(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The headers to add to a request: x-amz-date, the session token if any, and Authorization. */
export function signV4(input: SignInput): Record<string, string> {
  const url = new URL(input.url);
  const date = amzDate(input.now);
  const day = date.slice(0, 8);
  const added: Record<string, string> = {'x-amz-date': date};
  if (input.credentials.sessionToken)
    added['x-amz-security-token'] = input.credentials.sessionToken;

  const headers: Record<string, string> = {host: url.host};
  for (const [name, value] of Object.entries({...input.headers, ...added})) {
    headers[name.toLowerCase()] = value.trim().replace(/\s+/g, ' ');
  }
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    input.method,
    canonicalUri(url.pathname),
    canonicalQuery(url.searchParams),
    names.map((name) => `${name}:${headers[name]}\n`).join(''),
    signedHeaders,
    sha256Hex(input.body),
  ].join('\n');
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', date, scope, sha256Hex(canonicalRequest)].join('\n');
  const kDate = hmac(`AWS4${input.credentials.secretAccessKey}`, day);
  const kSigning = hmac(hmac(hmac(kDate, input.region), input.service), 'aws4_request');
  const signature = createHmac('sha256', kSigning).update(stringToSign, 'utf8').digest('hex');
  added.authorization =
    `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return added;
}
