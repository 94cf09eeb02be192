// Bedrock's calls: the control plane's model list and one Converse, signed with SigV4 or sent
// with a Bedrock API key, to the Region the AWS SDK would pick.
import type {Env} from '../../env.js';
import type {HttpMethod} from '../../runner.js';
import {shortTermRegionProblem} from '../bedrock-short-term.js';
import {encodePath, signV4} from '../sigv4.js';
import {
  type Auth,
  type CallInput,
  type CallsResult,
  envValue,
  JSON_CONTENT,
  listIds,
  PING,
  request,
  trimSlash,
} from './plan.js';

/**
 * The Region of Bedrock's OpenAI-compatible endpoint, when the URL is one:
 * `https://bedrock-runtime.{region}.amazonaws.com/openai/v1` (recommended) or
 * `https://bedrock-mantle.{region}.api.aws/v1` (AWS Bedrock user guide, 2026). A Bedrock API key
 * with such a base URL belongs in Cursor's OpenAI field.
 */
export function bedrockOpenAiRegion(url: string | null | undefined): string | null {
  if (!url) return null;
  const match =
    /^https:\/\/bedrock-runtime\.([a-z0-9-]+)\.amazonaws\.com\/openai\/v1\/?$/i.exec(url.trim()) ??
    /^https:\/\/bedrock-mantle\.([a-z0-9-]+)\.api\.aws\/(?:openai\/)?v1\/?$/i.exec(url.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * The Region Bedrock requests go to, as the AWS SDK picks it; without one set, the Region of a
 * Bedrock OpenAI-compatible OPENAI_BASE_URL, where a Bedrock key in the OpenAI field is used.
 * A key in Cursor's OpenAI field goes to that base URL's Region whatever AWS_REGION says:
 * Cursor sends it there and does not read AWS_REGION.
 */
export function bedrockRegion(env: Env, slot: string | null = null): string {
  const openAiBase = bedrockOpenAiRegion(envValue(env, 'OPENAI_BASE_URL'));
  return (
    (slot === 'openai' ? openAiBase : null) ??
    envValue(env, 'AWS_REGION') ??
    envValue(env, 'AWS_DEFAULT_REGION') ??
    openAiBase ??
    'us-east-1'
  );
}

export function planBedrockCalls(input: CallInput): CallsResult {
  // A key given as it is (not through the chain) is a Bedrock API key.
  const signing = input.signing ?? {mode: 'bearer', token: input.secret};
  const region = bedrockRegion(input.env, input.slot);
  const control = trimSlash(
    envValue(input.env, 'AWS_ENDPOINT_URL_BEDROCK') ??
      envValue(input.env, 'AWS_ENDPOINT_URL') ??
      `https://bedrock.${region}.amazonaws.com`,
  );
  // The runtime has its own variable in the AWS SDK; falling back to the control-plane override
  // keeps a test or private endpoint from silently reaching the public AWS host.
  const runtime = trimSlash(
    envValue(input.env, 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME') ??
      envValue(input.env, 'AWS_ENDPOINT_URL_BEDROCK') ??
      envValue(input.env, 'AWS_ENDPOINT_URL') ??
      `https://bedrock-runtime.${region}.amazonaws.com`,
  );
  // SigV4 signs the method, URL and body, so the auth is made per request.
  const authFor = (method: HttpMethod, url: string, body: string | undefined): Auth => {
    if (signing.mode === 'bearer') {
      return {
        headers: () => ({authorization: `Bearer ${signing.token.reveal()}`}),
        curlHeaders: [`Authorization: Bearer $${input.envName}`],
      };
    }
    return {
      headers: (now) =>
        signV4({
          method,
          url,
          // The content type is sent, so it is signed too.
          headers: body === undefined ? {} : JSON_CONTENT,
          body: body ?? '',
          region,
          service: 'bedrock',
          credentials: {
            accessKeyId: signing.accessKeyId.reveal(),
            secretAccessKey: signing.secretAccessKey.reveal(),
            sessionToken: signing.sessionToken?.reveal() ?? null,
          },
          now,
        }),
      curlHeaders:
        signing.sessionToken && signing.fromEnv ? ['x-amz-security-token: $AWS_SESSION_TOKEN'] : [],
      curlOptions: [
        `--aws-sigv4 "aws:amz:${region}:bedrock"`,
        signing.fromEnv
          ? '--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"'
          : '--user "<profile access key id>:<secret>"',
      ],
    };
  };
  const cheapUrl = `${control}/foundation-models`;
  return {
    ok: true,
    calls: {
      baseUrl: runtime,
      cheap: request({
        ...authFor('GET', cheapUrl, undefined),
        label: 'list foundation models',
        method: 'GET',
        url: cheapUrl,
        billable: false,
      }),
      completion: (model) => {
        const url = `${runtime}${encodePath(['model', model, 'converse'])}`;
        const body = JSON.stringify({
          messages: [{role: 'user', content: [{text: PING}]}],
          inferenceConfig: {maxTokens: 1},
        });
        return request({
          ...authFor('POST', url, body),
          label: `1-token converse with ${model}`,
          method: 'POST',
          url,
          body,
          billable: true,
        });
      },
      completionMissing: null,
      parseModels: (body) => listIds(body, (json) => json.modelSummaries as unknown[]),
      // Bound to its own Region: sent anywhere else it can only fail.
      notSent: shortTermRegionProblem(input.secret.reveal(), region),
    },
  };
}
