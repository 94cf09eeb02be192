import {providerOf} from '../providers/intake.js';
import {providerName, providerSpec} from '../providers/registry/index.js';
import {toOutcome} from '../providers/outcome.js';
import {retryFailedExchange} from '../providers/probe.js';
import {freshProbe, knownProbe, mergeProbes, storedProbes} from '../providers/probe-store.js';
import {
  foldVerdicts,
  keysIn,
  noKeyResult,
  type KeyVerdict,
  REPLACE_PROVIDER_KEY,
} from '../providers/step-support.js';
import type {ExchangeRecord, ProbeRecord, ProviderKey} from '../providers/types.js';
import type {CheckContext, CheckResult, StepAction, StepSpec} from '../step-model.js';
import {STEP_TITLES} from '../step-order.js';
import {stepRef} from '../step-order.js';

/** The longest wait the retry action will honour; longer waits are a quota, not a blip. */
export const MAX_RETRY_WAIT_SECONDS = 60;

function exchangesOf(record: ProbeRecord): ExchangeRecord[] {
  return [record.cheap, record.completion].filter((e): e is ExchangeRecord => e !== null);
}

function failing(record: ProbeRecord): ExchangeRecord | null {
  return exchangesOf(record).find((exchange) => !exchange.ok) ?? null;
}

/** A rate-limited request the person may retry once: it told us to wait, and not for long. */
export function retryableWait(record: ProbeRecord): number | null {
  const exchange = failing(record);
  const wait = exchange?.diagnosis?.retryAfterSeconds;
  if (exchange?.diagnosis?.layer !== 'rate-limit' || wait === null || wait === undefined)
    return null;
  return wait <= MAX_RETRY_WAIT_SECONDS ? wait : null;
}

function judge(context: CheckContext, key: ProviderKey, record: ProbeRecord): KeyVerdict {
  const who = providerName(record.provider);
  const limits = exchangesOf(record).flatMap((exchange) => exchange.rateLimit);
  const details = [
    ...limits.map((line) => `limit: ${line}`),
    ...record.keyInfo,
    ...exchangesOf(record).flatMap((exchange) =>
      exchange.requestId ? [`${exchange.label}: request id ${exchange.requestId}`] : [],
    ),
  ];
  const verdict = (
    status: KeyVerdict['status'],
    layer: KeyVerdict['layer'],
    line: string,
    fix: string | null,
  ): KeyVerdict => ({
    key,
    status,
    layer,
    line,
    details,
    fix: fix ? {summary: fix} : null,
  });
  if (record.setupNote || record.setupProblem || !record.cheap) {
    return verdict(
      'unknown',
      null,
      `${who}: not checked (${record.setupNote ?? record.setupProblem?.action ?? 'no request was sent'})`,
      null,
    );
  }
  const bad = failing(record);
  const diagnosis = bad?.diagnosis ?? null;
  if (bad && diagnosis) {
    const answer =
      bad.httpStatus !== null
        ? `HTTP ${bad.httpStatus}${diagnosis.code && diagnosis.code !== String(diagnosis.httpStatus) ? ` ${diagnosis.code}` : ''}`
        : (diagnosis.code ?? 'no answer');
    if (diagnosis.layer === 'quota')
      return verdict(
        'fail',
        'quota',
        `${who}: ${answer} — out of credit or quota, not a bad key`,
        diagnosis.action,
      );
    if (diagnosis.layer === 'rate-limit') {
      const wait = retryableWait(record);
      const offer =
        wait !== null && context.options.interactive
          ? ` Or choose "Retry once" to wait ${wait} s and try again.`
          : '';
      return verdict(
        'fail',
        'rate-limit',
        `${who}: ${answer} — rate limited${diagnosis.retryAfterSeconds != null ? `, retry after ${diagnosis.retryAfterSeconds} s` : ''}`,
        diagnosis.action + offer,
      );
    }
    if (diagnosis.layer === 'provider-outage') {
      return verdict(
        'unknown',
        'provider-outage',
        `${who}: ${answer} — the provider is overloaded or failing`,
        diagnosis.action,
      );
    }
    const kind =
      bad.httpStatus === 401 || bad.httpStatus === 403 || diagnosis.layer.startsWith('provider-')
        ? `a key or permission problem (${diagnosis.layer}), not quota: fix it at ${stepRef('provider-test')}; waiting will not help`
        : `${diagnosis.layer}, not quota`;
    return verdict('unknown', diagnosis.layer, `${who}: ${answer} is ${kind}`, null);
  }
  if (record.creditExhausted && record.provider) {
    const credits = providerSpec(record.provider).billingPage.replace(/^https:\/\//, '');
    return verdict(
      'warn',
      'quota',
      `${who}: the key has no credit left under its limit`,
      `Raise the key limit or add credits at ${credits}. Do not rotate the key.`,
    );
  }
  if (!record.completion?.ok) {
    // An account with no credit still lists its models: only a real request shows the quota.
    return verdict(
      'unknown',
      null,
      `${who}: quota shows only on a real request, and none was sent (no 429 on the free probe)`,
      'Allow the 1-token completion (billable) to check the quota, or check billing in the provider console.',
    );
  }
  return verdict('pass', null, `${who}: no 429 or quota error on a real completion`, null);
}

function result(
  context: CheckContext,
  keys: ProviderKey[],
  records: ProbeRecord[],
  lead: string[] = [],
): CheckResult {
  const probes = mergeProbes(storedProbes(context), records);
  const folded = foldVerdicts(
    context,
    keys.map((key, index) => judge(context, key, records[index]!)),
    providerOf,
    {facts: {providerProbes: probes, providerOutcomes: records.map(toOutcome)}},
  );
  return {...folded, evidence: [...lead, ...folded.evidence]};
}

/**
 * A probe already in flight for the key is as fresh as a new one: when allowing the billable
 * check here also lets `provider-test` run, both share one completion instead of sending two.
 */
async function recheckProbe(context: CheckContext, key: ProviderKey): Promise<ProbeRecord> {
  const running = context.probesInFlight.get(key.id);
  if (!running) return freshProbe(context, key);
  const record = await running;
  return record.completion || context.options.noCompletion ? record : freshProbe(context, key);
}

async function check(context: CheckContext): Promise<CheckResult> {
  const keys = keysIn(context);
  if (keys.length === 0) return noKeyResult('quota or the rate limit');
  // A re-check asks the provider again; otherwise `provider-test`'s answer stands (no new request).
  const records = await Promise.all(
    keys.map((key) => (context.recheck ? recheckProbe(context, key) : knownProbe(context, key))),
  );
  const retried = new Set(context.facts.rateLimitRetried ?? []);
  const due = records.map((record) =>
    context.options.interactive && !retried.has(record.keyId) ? retryableWait(record) : null,
  );
  if (due.every((wait) => wait === null)) return result(context, keys, records);
  return retryAfterWait(context, keys, records, due, [...retried]);
}

/** A rate limit that named a short wait is retried once by itself, with a visible countdown. */
async function retryAfterWait(
  context: CheckContext,
  keys: ProviderKey[],
  records: ProbeRecord[],
  due: readonly (number | null)[],
  retriedBefore: readonly string[],
): Promise<CheckResult> {
  const longest = Math.max(...due.map((seconds) => seconds ?? 0));
  context.countdown?.('Rate limited: retrying once, as the provider asked, in', longest);
  context.progress(`Waiting ${longest} s (the provider's retry-after), then retrying once…`);
  await context.runner.clock.sleep(longest * 1000, context.signal);
  const marked = {
    rateLimitRetried: [
      ...retriedBefore,
      ...records.filter((_, index) => due[index] !== null).map((record) => record.keyId),
    ],
  };
  if (context.signal.aborted) {
    return {...result(context, keys, records, ['The retry was cancelled while waiting.'])};
  }
  const again = await Promise.all(
    records.map((record, index) =>
      due[index] !== null ? retryFailedExchange(context, keys[index]!, record) : record,
    ),
  );
  const done = result(context, keys, again, [`Retried once by itself after ${longest} s.`]);
  return {...done, facts: {...done.facts, ...marked}};
}

async function retryOnce(context: CheckContext): Promise<CheckResult> {
  const keys = keysIn(context);
  if (keys.length === 0) return noKeyResult('quota or the rate limit');
  const records = await Promise.all(keys.map((key) => knownProbe(context, key)));
  const eligible = records.map(retryableWait);
  const longest = Math.max(-1, ...eligible.map((seconds) => seconds ?? -1));
  if (longest < 0) {
    return result(context, keys, records, [
      'Nothing was retried: a retry is offered only for a 429 rate limit whose retry-after is 60 s or less. A 401 or 403 is never retried.',
    ]);
  }
  context.progress(`Waiting ${longest} s, as the provider asked, before the one retry…`);
  await context.runner.clock.sleep(longest * 1000, context.signal);
  if (context.signal.aborted)
    return result(context, keys, records, ['The retry was cancelled while waiting.']);
  const retried = await Promise.all(
    records.map((record, index) =>
      eligible[index] !== null ? retryFailedExchange(context, keys[index]!, record) : record,
    ),
  );
  return result(context, keys, retried, [`Retried once after ${longest} s.`]);
}

const retryAction: StepAction = {
  id: 'retry-once',
  label: `Retry once after the provider's retry-after (${MAX_RETRY_WAIT_SECONDS} s at most)`,
  notice:
    'This waits as long as the provider asked, then repeats the rate-limited request once. A repeated completion is billable (1 token).',
  run: retryOnce,
};

export const quotaStep: StepSpec = {
  id: 'quota',
  title: STEP_TITLES['quota'],
  why: 'A 429 means wait or add credit, never rotate the key; 401 and 403 mean the key or its permissions.',
  instruction:
    'Read the provider status and rate-limit headers, and check billing when credit has run out.',
  passCondition: '401, 403 and 429 are told apart and handled differently',
  kind: 'automatic',
  unattended: {decides: 'always'},
  billing: 'billable',
  group: 'provider',
  needs: ['model-support'],
  replaceableKey: REPLACE_PROVIDER_KEY,
  actions: [retryAction],
  check,
};
