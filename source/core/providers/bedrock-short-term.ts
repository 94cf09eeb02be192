// Short-term Bedrock API keys are SigV4-presigned URLs, base64-encoded after `bedrock-api-key-`,
// and are bound to the Region that generated them (AWS Bedrock user guide, "API keys", 2026).
// Their credential scope names that Region, so a key used in another one can be caught before
// any request is sent.
import type {Verdict} from './diagnose/common.js';

const PREFIX = 'bedrock-api-key-';
export const SHORT_TERM_KEY_REGION = 'short-term-key-region';

/** The Region inside a short-term key, or null for any other key or one that does not decode. */
export function shortTermKeyRegion(key: string): string | null {
  if (!key.startsWith(PREFIX)) return null;
  let decoded: string;
  try {
    decoded = Buffer.from(key.slice(PREFIX.length), 'base64').toString('utf8');
  } catch {
    return null;
  }
  const unescaped = decoded.replace(/%2F/gi, '/');
  // X-Amz-Credential=<key id>/<yyyymmdd>/<region>/bedrock/aws4_request
  const region = /X-Amz-Credential=[^&/]+\/\d{8}\/([a-z0-9-]+)\/bedrock\//i.exec(unescaped)?.[1];
  return region ?? null;
}

/** The finding for a short-term key sent to another Region than its own, else null. */
export function shortTermRegionProblem(key: string, region: string): Verdict | null {
  const own = shortTermKeyRegion(key);
  if (!own || own === region) return null;
  return {
    layer: 'provider-permission',
    code: SHORT_TERM_KEY_REGION,
    action: `This short-term Bedrock API key was made in ${own} and works only there, but the requests go to ${region}: set AWS_REGION=${own}, or generate a key in ${region} (or a long-term ABSK key).`,
  };
}
