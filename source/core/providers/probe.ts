// Sends a provider's probes through the injected runner and records what came back, with
// nothing secret kept: step 7 runs this, and steps 8 and 9 read its record from facts.
import {STEP_OF_LAYER, type Diagnosis} from '../diagnosis.js';
import {diagnoseNetworkFailure} from '../network-diagnosis.js';
import {scrub, type Secret} from '../secrets.js';
import type {CheckContext} from '../step-model.js';
import type {Provider} from '../vocabulary.js';
import {checkTransport, INSECURE_TRANSPORT_CODE} from '../gate/transport.js';
import {isProviderAnswer} from './answer-shape.js';
import {publicPrefix} from './key-format.js';
import {PROVIDER_SPECS, providerName, providerSpec} from './registry/index.js';
import {signingOf} from './aws-credentials.js';
import {diagnoseProviderResponse, isSuccessResponse} from './diagnose-response.js';
import {
  configuredBaseUrl,
  resolveTarget,
  type PlannedRequest,
  type ProviderTarget,
  type Signing,
} from './endpoints.js';
import {providerOf, sentSecret} from './intake.js';
import {selectedModelFor} from './model-choice.js';
import {rateLimitLines} from './rate-limit.js';
import type {ExchangeRecord, ProbeRecord, ProviderKey} from './types.js';

const REQUEST_ID_HEADERS = [
  'x-request-id',
  'request-id',
  'apim-request-id',
  'x-amzn-requestid',
  'x-ms-request-id',
  'x-goog-request-id',
];

/** Every provider's small-model words: a gateway may list another provider's models. */
const SMALL_MODEL = new RegExp(
  PROVIDER_SPECS.flatMap((spec) => ('small' in spec.models ? [spec.models.small.source] : [])).join(
    '|',
  ),
  'i',
);

/** Every provider's own rate-limit headers: a gateway may pass on another provider's. */
const RATE_LIMIT_FAMILIES = PROVIDER_SPECS.flatMap((spec) =>
  'rateLimitHeaders' in spec ? [spec.rateLimitHeaders] : [],
);

export type ProbeContext = Pick<
  CheckContext,
  'runner' | 'env' | 'signal' | 'timeoutMs' | 'answers' | 'options' | 'progress'
>;

/** Every secret a key's requests could carry, so evidence can be scrubbed of all of them. */
export function secretsOf(key: ProviderKey): Secret[] {
  const list = [key.secret, sentSecret(key)];
  if (key.auth?.mode === 'sigv4') {
    list.push(key.auth.secretAccessKey);
    if (key.auth.sessionToken) list.push(key.auth.sessionToken);
  }
  return list;
}

function notTheApi(provider: Provider, status: number, url: string): Diagnosis {
  return {
    layer: 'base-url',
    step: STEP_OF_LAYER['base-url'],
    provider,
    httpStatus: status,
    code: null,
    action: `Something answered ${status} at ${scrub(url)}, but not ${providerName(provider)}'s API: check the base URL.`,
    alsoPossible: [],
    retryAfterSeconds: null,
  };
}

function excerptOf(body: string, secrets: readonly Secret[]): string {
  // Scrubbed before the cut: a key cut in half matches neither its exact text nor its shape.
  const flat = scrub(body.replace(/\s+/g, ' ').trim(), secrets);
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

export async function exchange(
  context: ProbeContext,
  provider: Provider,
  planned: PlannedRequest,
  secrets: readonly Secret[],
  keyPrefix = '',
): Promise<ExchangeRecord> {
  return (await exchangeWithBody(context, provider, planned, secrets, keyPrefix)).record;
}

/** The record, plus the raw body for parsing model lists; the body never leaves this module. */
async function exchangeWithBody(
  context: ProbeContext,
  provider: Provider,
  planned: PlannedRequest,
  secrets: readonly Secret[],
  keyPrefix = '',
): Promise<{record: ExchangeRecord; body: string}> {
  context.progress(
    `${planned.method} ${scrub(planned.url, secrets)}${planned.billable ? ' (billable: a 1-token request)' : ''}`,
  );
  const result = await context.runner.http({
    method: planned.method,
    url: planned.url,
    headers: planned.headers(new Date(context.runner.clock.now())),
    body: planned.body,
    timeoutMs: context.timeoutMs,
    signal: context.signal,
  });
  const base = {
    label: planned.label,
    method: planned.method,
    url: scrub(planned.url, secrets),
    curl: planned.curl,
    durationMs: result.durationMs,
  };
  if (!result.ok) {
    const record: ExchangeRecord = {
      ...base,
      ok: false,
      httpStatus: null,
      diagnosis: diagnoseNetworkFailure(result.failure, {provider, url: planned.url}),
      requestId: null,
      rateLimit: [],
      retryAfterSeconds: null,
      excerpt: scrub(`${result.failure.kind}: ${result.failure.message}`, secrets),
    };
    return {record, body: ''};
  }
  const {status, headers, body} = result.response;
  const requestId = REQUEST_ID_HEADERS.map((name) => headers[name]).find(Boolean) ?? null;
  const rateLimit = rateLimitLines(headers, RATE_LIMIT_FAMILIES).map((line) =>
    scrub(line, secrets),
  );
  const response = {provider, status, headers, body, keyPrefix};
  const answered = isSuccessResponse(response);
  if (answered && isProviderAnswer(provider, planned.billable ? 'completion' : 'list', body)) {
    const record: ExchangeRecord = {
      ...base,
      ok: true,
      httpStatus: status,
      diagnosis: null,
      requestId,
      rateLimit,
      retryAfterSeconds: null,
      excerpt: null,
    };
    return {record, body};
  }
  if (answered) {
    // Something answered, but its body is not this provider's answer: no pass on a 2xx alone.
    const record: ExchangeRecord = {
      ...base,
      ok: false,
      httpStatus: status,
      diagnosis: notTheApi(provider, status, planned.url),
      requestId,
      rateLimit,
      retryAfterSeconds: null,
      excerpt: excerptOf(body, secrets),
      notTheApi: true,
    };
    return {record, body: ''};
  }
  const diagnosis = diagnoseProviderResponse(response);
  const record: ExchangeRecord = {
    ...base,
    ok: false,
    httpStatus: diagnosis.httpStatus,
    diagnosis: {...diagnosis, action: scrub(diagnosis.action, secrets)},
    requestId,
    rateLimit,
    retryAfterSeconds: diagnosis.retryAfterSeconds ?? null,
    excerpt: excerptOf(body, secrets),
  };
  return {record, body};
}

function pickCompletionModel(
  target: ProviderTarget,
  models: string[] | null,
  selected: string | null,
): string | null {
  const preferred = target.defaultModel;
  // A deployment is called by its own name, whatever the list says.
  if (providerSpec(target.provider).models.deployments) return preferred;
  if (!models || models.length === 0) return preferred;
  const listed = (id: string | null) => id !== null && models.includes(id);
  if (listed(preferred)) return preferred;
  if (listed(selected)) return selected;
  return models.find((id) => SMALL_MODEL.test(id)) ?? models[0] ?? preferred;
}

function emptyRecord(key: ProviderKey, provider: Provider | null, secret: Secret): ProbeRecord {
  return {
    keyId: key.id,
    provider,
    keySource: key.source,
    fingerprint: key.secret.fingerprint,
    sentFingerprint: secret.fingerprint,
    baseUrl: null,
    setupProblem: null,
    setupNote: null,
    cheap: null,
    completion: null,
    completionSkipped: null,
    completionModel: null,
    models: null,
    keyInfo: [],
    creditExhausted: false,
  };
}

type Prepared =
  | {ok: true; target: ProviderTarget; secrets: Secret[]; selected: string | null}
  | {ok: false; signingNote: string}
  | {ok: false; targetReason: string; refused?: boolean};

/** The target and every secret its requests carry; a first probe and a retry must agree on both. */
async function prepare(
  context: ProbeContext,
  key: ProviderKey,
  provider: Provider,
  secret: Secret,
): Promise<Prepared> {
  let signing: Signing<Secret> | undefined;
  if (key.auth) {
    const chain = providerSpec(provider).credentialChain ?? [];
    const resolved = await signingOf(context, key.auth, secret, chain);
    if (!resolved.ok) return {ok: false, signingNote: resolved.note};
    signing = resolved.signing;
  }
  const selected = selectedModelFor(provider, context.answers, context.env);
  const resolved = resolveTarget({
    provider,
    secret,
    envName: key.envName,
    env: context.env,
    selectedModel: providerSpec(provider).models.deployments ? selected : null,
    signing,
    slot: key.slot,
  });
  if (!resolved.ok) return {ok: false, targetReason: resolved.reason};
  // Before anything is sent: a key goes only over https://, or http:// to this machine.
  const base = configuredBaseUrl(provider, context.env);
  const transport = checkTransport(resolved.target.cheap.url, base?.variable ?? 'the base URL');
  if (!transport.ok) return {ok: false, targetReason: transport.line, refused: true};
  const secrets = [
    ...secretsOf(key),
    ...(signing?.mode === 'sigv4' ? [signing.accessKeyId, signing.secretAccessKey] : []),
  ];
  return {ok: true, target: resolved.target, secrets, selected};
}

/** The free probe, then (unless --no-completion) one minimal completion. */
export async function probeKey(context: ProbeContext, key: ProviderKey): Promise<ProbeRecord> {
  const provider = providerOf(key);
  const secret = sentSecret(key);
  const record = emptyRecord(key, provider, secret);
  if (!provider) {
    record.setupNote =
      'The key format does not say which provider it is for, and no field was named.';
    return record;
  }
  const prepared = await prepare(context, key, provider, secret);
  if ('signingNote' in prepared) {
    record.setupNote = prepared.signingNote;
    return record;
  }
  if (!prepared.ok) {
    record.setupProblem = {
      layer: 'base-url',
      step: STEP_OF_LAYER['base-url'],
      provider,
      httpStatus: null,
      code: prepared.refused ? INSECURE_TRANSPORT_CODE : null,
      action: prepared.targetReason,
      alsoPossible: [],
      retryAfterSeconds: null,
    };
    return record;
  }
  const {target, secrets, selected} = prepared;
  record.baseUrl = target.baseUrl;
  if (target.notSent) {
    const {layer, code, action} = target.notSent;
    record.setupProblem = {
      layer,
      step: STEP_OF_LAYER[layer],
      httpStatus: null,
      code,
      action,
      alsoPossible: [],
      retryAfterSeconds: null,
      provider,
    };
    return record;
  }
  const keyPrefix = publicPrefix(secret.reveal());
  const cheap = await exchangeWithBody(context, provider, target.cheap, secrets, keyPrefix);
  record.cheap = cheap.record;
  if (!cheap.record.ok) return record;
  record.models = target.parseModels(cheap.body);
  if (target.parseKeyInfo) {
    const info = target.parseKeyInfo(cheap.body);
    record.keyInfo = info.lines.map((line) => scrub(line, secrets));
    record.creditExhausted = info.exhausted;
  }
  if (context.options.noCompletion) {
    record.completionSkipped = 'skipped: --no-completion (only free probes ran)';
    return record;
  }
  if (!target.completion) {
    record.completionSkipped = target.completionMissing ?? 'no completion endpoint';
    return record;
  }
  const model = pickCompletionModel(target, record.models, selected);
  if (!model) {
    record.completionSkipped = 'no model to call';
    return record;
  }
  record.completionModel = model;
  const completion = target.completion(model);
  record.completion = await exchange(context, provider, completion, secrets, keyPrefix);
  return record;
}

/** Repeats only the request that failed, once; the caller has already waited as told. */
export async function retryFailedExchange(
  context: ProbeContext,
  key: ProviderKey,
  record: ProbeRecord,
): Promise<ProbeRecord> {
  const provider = record.provider;
  if (!provider) return record;
  const prepared = await prepare(context, key, provider, sentSecret(key));
  if (!prepared.ok) return record;
  const {target, secrets} = prepared;
  if (record.completion && !record.completion.ok && target.completion && record.completionModel) {
    const completion = await exchange(
      context,
      provider,
      target.completion(record.completionModel),
      secrets,
      publicPrefix(sentSecret(key).reveal()),
    );
    return {...record, completion};
  }
  if (record.cheap && !record.cheap.ok) {
    // Only the free probe is repeated; anything after it would be a new request, not a retry.
    const again = await probeKey(
      {...context, options: {...context.options, noCompletion: true}},
      key,
    );
    return {...again, completionSkipped: 'not sent again after the retry'};
  }
  return record;
}

/** A provider's public lookup of one model: free, and needs no key. */
export async function lookUpModel(
  context: ProbeContext,
  provider: Provider,
  lookup: {path(model: string): string},
  baseUrl: string,
  model: string,
): Promise<ExchangeRecord> {
  const url = `${baseUrl}${lookup.path(model)}`;
  return exchange(
    context,
    provider,
    {
      label: `model ${model}`,
      method: 'GET',
      url,
      headers: () => ({}),
      curl: `curl -sS "${url}"`,
      billable: false,
    },
    [],
  );
}
