// Where each provider is called and how: base URLs from the SDKs' own variables, the cheapest
// probe, the smallest completion, and the same request as a curl command with $VARIABLES.
import type {HttpMethod} from '../runner.js';
import type {Secret} from '../secrets.js';
import type {Env} from '../step-model.js';
import type {Provider} from '../vocabulary.js';
import {encodePath, signV4} from './sigv4.js';

export interface PlannedRequest {
  label: string;
  method: HttpMethod;
  url: string;
  /** Built at send time, so SigV4 signs with the current clock. Holds secrets. */
  headers(): Record<string, string>;
  body?: string;
  curl: string;
  /** Free probes cost nothing; completions are billable. */
  billable: boolean;
}

export interface ProviderTarget {
  provider: Provider;
  baseUrl: string;
  cheap: PlannedRequest;
  /** Null when the provider needs something more to complete (Azure's deployment). */
  completion: ((model: string) => PlannedRequest) | null;
  completionMissing: string | null;
  defaultModel: string | null;
  parseModels(body: string): string[] | null;
  /** Lines from a key-info endpoint (OpenRouter), and whether credit is exhausted. */
  parseKeyInfo?(body: string): {lines: string[]; exhausted: boolean};
}

export type BedrockSigning =
  | {mode: 'bearer'; token: Secret}
  | {
      mode: 'sigv4';
      accessKeyId: Secret;
      secretAccessKey: Secret;
      sessionToken: Secret | null;
      /** `$AWS_…` names for the curl line, or null when they came from a profile. */
      fromEnv: boolean;
    };

export interface TargetInput {
  provider: Provider;
  secret: Secret;
  envName: string;
  env: Env;
  /** The model the person selected, used to name an Azure deployment. */
  selectedModel: string | null;
  bedrock?: BedrockSigning;
  /** The Cursor field the key sits in, when known: a Bedrock key in the OpenAI field. */
  slot?: Provider | null;
}

export type TargetResult = {ok: true; target: ProviderTarget} | {ok: false; reason: string};

const DEFAULT_BASE: Record<Exclude<Provider, 'cursor' | 'azure' | 'bedrock'>, string> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
  google: 'https://generativelanguage.googleapis.com',
  openrouter: 'https://openrouter.ai/api/v1',
};

export const DEFAULT_MODEL: Partial<Record<Provider, string>> = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-haiku-4-5',
  google: 'gemini-2.5-flash',
  openrouter: 'openai/gpt-4o-mini',
  bedrock: 'amazon.nova-micro-v1:0',
};

const PING = 'ping';

function trimSlash(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

function value(env: Env, name: string): string | null {
  const found = env[name]?.trim();
  return found ? found : null;
}

function curlLine(
  method: HttpMethod,
  url: string,
  headers: readonly string[],
  body: string | undefined,
  extra: readonly string[] = [],
): string {
  const parts = ['curl -sS'];
  if (method !== 'GET') parts.push(`-X ${method}`);
  parts.push(`"${url}"`, ...extra);
  for (const header of headers) parts.push(`-H "${header}"`);
  if (body !== undefined) parts.push(`-H "Content-Type: application/json"`, `-d '${body}'`);
  return parts.join(' ');
}

const JSON_CONTENT: Readonly<Record<string, string>> = {'content-type': 'application/json'};

/** How a provider authenticates, once for the request and once for the curl line. */
interface Auth {
  headers(): Record<string, string>;
  /** The same headers with $VARIABLES in place of secrets. */
  curlHeaders: readonly string[];
  /** curl options that carry the auth instead of a header (Bedrock's --aws-sigv4). */
  curlOptions?: readonly string[];
}

interface RequestSpec extends Auth {
  label: string;
  method: HttpMethod;
  url: string;
  body?: string;
  billable: boolean;
}

/** The request and its curl line from one description, so the two cannot drift apart. */
function request(spec: RequestSpec): PlannedRequest {
  const {label, method, url, headers, curlHeaders, curlOptions, body, billable} = spec;
  return {
    label,
    method,
    url,
    headers: body === undefined ? headers : () => ({...headers(), ...JSON_CONTENT}),
    ...(body === undefined ? {} : {body}),
    curl: curlLine(method, url, curlHeaders, body, curlOptions),
    billable,
  };
}

function listIds(
  body: string,
  pick: (json: Record<string, unknown>) => unknown[],
): string[] | null {
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const items = pick(json);
    if (!Array.isArray(items)) return null;
    return items
      .map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>) : {}))
      .map((item) => String(item.id ?? item.name ?? item.modelId ?? ''))
      .map((id) => id.replace(/^models\//, ''))
      .filter(Boolean);
  } catch {
    return null;
  }
}

const data = (json: Record<string, unknown>) => json.data as unknown[];

function openaiTarget(input: TargetInput): ProviderTarget {
  const base = trimSlash(value(input.env, 'OPENAI_BASE_URL') ?? DEFAULT_BASE.openai);
  const org = value(input.env, 'OPENAI_ORG_ID');
  const project = value(input.env, 'OPENAI_PROJECT_ID');
  return chatCompletionsTarget('openai', base, {
    headers: () => {
      const h: Record<string, string> = {authorization: `Bearer ${input.secret.reveal()}`};
      if (org) h['openai-organization'] = org;
      if (project) h['openai-project'] = project;
      return h;
    },
    curlHeaders: [
      `Authorization: Bearer $${input.envName}`,
      ...(org ? ['OpenAI-Organization: $OPENAI_ORG_ID'] : []),
      ...(project ? ['OpenAI-Project: $OPENAI_PROJECT_ID'] : []),
    ],
  });
}

function chatCompletionsTarget(
  provider: 'openai' | 'openrouter',
  base: string,
  auth: Auth,
): ProviderTarget {
  const openrouter = provider === 'openrouter';
  return {
    provider,
    baseUrl: base,
    cheap: request({
      ...auth,
      label: openrouter ? 'key info' : 'list models',
      method: 'GET',
      url: openrouter ? `${base}/key` : `${base}/models`,
      billable: false,
    }),
    completion: (model) =>
      request({
        ...auth,
        label: `1-token completion with ${model}`,
        method: 'POST',
        url: `${base}/chat/completions`,
        body: JSON.stringify({
          model,
          messages: [{role: 'user', content: PING}],
          max_tokens: 1,
        }),
        billable: true,
      }),
    completionMissing: null,
    defaultModel: DEFAULT_MODEL[provider] ?? null,
    parseModels: (body) => (openrouter ? null : listIds(body, data)),
  };
}

function openrouterTarget(input: TargetInput): ProviderTarget {
  const base = trimSlash(value(input.env, 'OPENROUTER_BASE_URL') ?? DEFAULT_BASE.openrouter);
  const target = chatCompletionsTarget('openrouter', base, {
    headers: () => ({authorization: `Bearer ${input.secret.reveal()}`}),
    curlHeaders: [`Authorization: Bearer $${input.envName}`],
  });
  target.parseKeyInfo = (body) => {
    try {
      const info = (JSON.parse(body) as {data?: Record<string, unknown>}).data ?? {};
      const remaining = info.limit_remaining;
      const lines = [
        `credit limit: ${info.limit === null || info.limit === undefined ? 'none' : String(info.limit)}` +
          (typeof remaining === 'number' ? `, ${remaining} left` : '') +
          (info.limit_reset ? ` (resets ${String(info.limit_reset)})` : ''),
        ...(info.is_free_tier === true ? ['free tier: yes (free models are limited per day)'] : []),
        ...(info.expires_at ? [`key expires: ${String(info.expires_at)}`] : []),
      ];
      return {lines, exhausted: typeof remaining === 'number' && remaining <= 0};
    } catch {
      return {lines: [], exhausted: false};
    }
  };
  return target;
}

function anthropicTarget(input: TargetInput): ProviderTarget {
  const base = trimSlash(value(input.env, 'ANTHROPIC_BASE_URL') ?? DEFAULT_BASE.anthropic);
  const oauth = input.secret.reveal().startsWith('sk-ant-oat');
  const auth: Auth = oauth
    ? {
        headers: () => ({
          authorization: `Bearer ${input.secret.reveal()}`,
          'anthropic-beta': 'oauth-2025-04-20',
          'anthropic-version': '2023-06-01',
        }),
        curlHeaders: [
          `Authorization: Bearer $${input.envName}`,
          'anthropic-beta: oauth-2025-04-20',
          'anthropic-version: 2023-06-01',
        ],
      }
    : {
        headers: () => ({'x-api-key': input.secret.reveal(), 'anthropic-version': '2023-06-01'}),
        curlHeaders: [`x-api-key: $${input.envName}`, 'anthropic-version: 2023-06-01'],
      };
  return {
    provider: 'anthropic',
    baseUrl: base,
    cheap: request({
      ...auth,
      label: 'list models',
      method: 'GET',
      url: `${base}/v1/models?limit=1000`,
      billable: false,
    }),
    completion: (model) =>
      request({
        ...auth,
        label: `1-token message with ${model}`,
        method: 'POST',
        url: `${base}/v1/messages`,
        body: JSON.stringify({
          model,
          max_tokens: 1,
          messages: [{role: 'user', content: PING}],
        }),
        billable: true,
      }),
    completionMissing: null,
    defaultModel: DEFAULT_MODEL.anthropic ?? null,
    parseModels: (body) => listIds(body, data),
  };
}

function googleTarget(input: TargetInput): ProviderTarget {
  const base = trimSlash(value(input.env, 'GOOGLE_GEMINI_BASE_URL') ?? DEFAULT_BASE.google);
  // The key travels only in this header; a ?key= URL would land in logs and proxies.
  const auth: Auth = {
    headers: () => ({'x-goog-api-key': input.secret.reveal()}),
    curlHeaders: [`x-goog-api-key: $${input.envName}`],
  };
  return {
    provider: 'google',
    baseUrl: base,
    cheap: request({
      ...auth,
      label: 'list models',
      method: 'GET',
      url: `${base}/v1beta/models?pageSize=1000`,
      billable: false,
    }),
    completion: (model) =>
      request({
        ...auth,
        label: `1-token generateContent with ${model}`,
        method: 'POST',
        url: `${base}/v1beta/models/${encodeURIComponent(model)}:generateContent`,
        body: JSON.stringify({
          contents: [{parts: [{text: PING}]}],
          generationConfig: {maxOutputTokens: 1},
        }),
        billable: true,
      }),
    completionMissing: null,
    defaultModel: DEFAULT_MODEL.google ?? null,
    parseModels: (body) => listIds(body, (json) => json.models as unknown[]),
  };
}

function azureTarget(input: TargetInput): TargetResult {
  const endpoint = value(input.env, 'AZURE_OPENAI_ENDPOINT');
  if (!endpoint) {
    return {
      ok: false,
      reason:
        'AZURE_OPENAI_ENDPOINT is not set: an Azure key can only be tested against its resource (https://<resource>.openai.azure.com).',
    };
  }
  const version = value(input.env, 'OPENAI_API_VERSION') ?? '2024-10-21';
  const base = `${trimSlash(endpoint).replace(/\/openai$/, '')}/openai`;
  const deployment = input.selectedModel ?? value(input.env, 'AZURE_OPENAI_DEPLOYMENT');
  const auth: Auth = {
    headers: () => ({'api-key': input.secret.reveal()}),
    curlHeaders: [`api-key: $${input.envName}`],
  };
  return {
    ok: true,
    target: {
      provider: 'azure',
      baseUrl: base,
      cheap: request({
        ...auth,
        label: 'list models',
        method: 'GET',
        url: `${base}/models?api-version=${encodeURIComponent(version)}`,
        billable: false,
      }),
      completion: deployment
        ? () =>
            request({
              ...auth,
              label: `1-token completion on deployment ${deployment}`,
              method: 'POST',
              url: `${base}/deployments/${encodeURIComponent(deployment)}/chat/completions?api-version=${encodeURIComponent(version)}`,
              body: JSON.stringify({messages: [{role: 'user', content: PING}], max_tokens: 1}),
              billable: true,
            })
        : null,
      completionMissing: deployment
        ? null
        : 'AZURE_OPENAI_DEPLOYMENT is not set, so no deployment could be called',
      defaultModel: deployment,
      // Azure lists base models, not deployments: no use for a deployment-name check.
      parseModels: () => null,
    },
  };
}

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
export function bedrockRegion(env: Env, slot: Provider | null = null): string {
  const openAiBase = bedrockOpenAiRegion(value(env, 'OPENAI_BASE_URL'));
  return (
    (slot === 'openai' ? openAiBase : null) ??
    value(env, 'AWS_REGION') ??
    value(env, 'AWS_DEFAULT_REGION') ??
    openAiBase ??
    'us-east-1'
  );
}

function bedrockTarget(input: TargetInput): TargetResult {
  const signing = input.bedrock;
  if (!signing) return {ok: false, reason: 'No AWS credentials were found for Bedrock.'};
  const region = bedrockRegion(input.env, input.slot ?? null);
  const control = trimSlash(
    value(input.env, 'AWS_ENDPOINT_URL_BEDROCK') ??
      value(input.env, 'AWS_ENDPOINT_URL') ??
      `https://bedrock.${region}.amazonaws.com`,
  );
  // The runtime has its own variable in the AWS SDK; falling back to the control-plane override
  // keeps a test or private endpoint from silently reaching the public AWS host.
  const runtime = trimSlash(
    value(input.env, 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME') ??
      value(input.env, 'AWS_ENDPOINT_URL_BEDROCK') ??
      value(input.env, 'AWS_ENDPOINT_URL') ??
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
      headers: () =>
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
          now: new Date(),
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
    target: {
      provider: 'bedrock',
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
      defaultModel: DEFAULT_MODEL.bedrock ?? null,
      parseModels: (body) => listIds(body, (json) => json.modelSummaries as unknown[]),
    },
  };
}

export function resolveTarget(input: TargetInput): TargetResult {
  switch (input.provider) {
    case 'openai':
      return {ok: true, target: openaiTarget(input)};
    case 'anthropic':
      return {ok: true, target: anthropicTarget(input)};
    case 'google':
      return {ok: true, target: googleTarget(input)};
    case 'openrouter':
      return {ok: true, target: openrouterTarget(input)};
    case 'azure':
      return azureTarget(input);
    case 'bedrock':
      return bedrockTarget(input);
    case 'cursor':
      return {ok: false, reason: 'A Cursor key is not a provider key; step 4 tests it.'};
  }
}

/** The base URL a provider's SDK would use, for the base-URL checks. */
export function configuredBaseUrl(
  provider: Provider,
  env: Env,
): {url: string; variable: string} | null {
  const pick = (variable: string, fallback: string | null) => {
    const found = value(env, variable);
    return found
      ? {url: found, variable}
      : fallback
        ? {url: fallback, variable: `${variable} (default)`}
        : null;
  };
  switch (provider) {
    case 'openai':
      return pick('OPENAI_BASE_URL', DEFAULT_BASE.openai);
    case 'anthropic':
      return pick('ANTHROPIC_BASE_URL', DEFAULT_BASE.anthropic);
    case 'google':
      return pick('GOOGLE_GEMINI_BASE_URL', DEFAULT_BASE.google);
    case 'openrouter':
      return pick('OPENROUTER_BASE_URL', DEFAULT_BASE.openrouter);
    case 'azure':
      return pick('AZURE_OPENAI_ENDPOINT', null);
    case 'bedrock':
      return pick('AWS_ENDPOINT_URL_BEDROCK', null);
    case 'cursor':
      return null;
  }
}
