import {providerOf} from '../providers/intake.js';
import {providerName} from '../providers/registry/index.js';
import {keyDiagnosis, keyStatus, toOutcome} from '../providers/outcome.js';
import {freshProbe, mergeProbes, storedProbes} from '../providers/probe-store.js';
import {
  foldVerdicts,
  keysIn,
  noKeyResult,
  type KeyVerdict,
  REPLACE_PROVIDER_KEY,
} from '../providers/step-support.js';
import type {ExchangeRecord, ProbeRecord, ProviderKey} from '../providers/types.js';
import type {CheckContext, CheckResult, StepSpec} from '../step-model.js';
import {completionConsentInput} from '../billable.js';
import {STEP_TITLES} from '../step-order.js';
import {stepRef} from '../step-order.js';

/** Lines describing one exchange: what was sent, what came back, how to repeat it. */
export function exchangeLines(exchange: ExchangeRecord): string[] {
  const answer =
    exchange.httpStatus !== null
      ? `HTTP ${exchange.httpStatus}`
      : (exchange.diagnosis?.code ?? 'no answer');
  return [
    `${exchange.label}: ${exchange.method} ${exchange.url} → ${answer}${exchange.requestId ? `, request id ${exchange.requestId}` : ''} (${exchange.durationMs} ms)`,
    ...(exchange.excerpt ? [`  answer: ${exchange.excerpt}`] : []),
    `  reproduce: ${exchange.curl}`,
  ];
}

function judge(key: ProviderKey, record: ProbeRecord): KeyVerdict {
  const status = keyStatus(record);
  const diagnosis = keyDiagnosis(record);
  const details = [
    ...(record.sentFingerprint !== record.fingerprint
      ? [`tested the cleaned key (${record.sentFingerprint}); see ${stepRef('key-paste')}`]
      : []),
    ...(record.cheap ? exchangeLines(record.cheap) : []),
    ...(record.completion ? exchangeLines(record.completion) : []),
    ...(record.completionSkipped ? [`completion: ${record.completionSkipped}`] : []),
    ...record.keyInfo,
  ];
  const who = providerName(record.provider);
  if (record.setupNote) {
    return {key, status: 'unknown', layer: null, line: record.setupNote, details, fix: null};
  }
  if (status === 'pass') {
    const line = record.completion?.ok
      ? `${who} returned a 1-token completion (${record.completionModel})`
      : `${who} accepted the key (${record.completionSkipped ?? 'no completion sent'})`;
    return {key, status: 'pass', layer: null, line, details, fix: null};
  }
  const line = diagnosis
    ? `${who}: ${answerOf(diagnosis)} — ${diagnosis.action}`
    : `${who}: the key could not be tested`;
  return {
    key,
    status,
    layer: diagnosis?.layer ?? null,
    line,
    details,
    fix: diagnosis ? {summary: diagnosis.action} : null,
  };
}

/**
 * A completion this run already sent for the key (`quota` goes first when a pasted quota error
 * leads there) answers for `provider-test` too: a second one waits for the person's Re-check.
 */
async function sentProbe(context: CheckContext, key: ProviderKey): Promise<ProbeRecord> {
  const stored = storedProbes(context).find(
    (record) => record.keyId === key.id && record.completion !== null,
  );
  if (stored) return stored;
  // Started at once when nothing is in flight, so `model-support` and `quota` beside it share it.
  const running = context.probesInFlight.get(key.id);
  if (!running) return freshProbe(context, key);
  const record = await running;
  return record.completion ? record : freshProbe(context, key);
}

async function check(context: CheckContext): Promise<CheckResult> {
  const keys = keysIn(context);
  if (keys.length === 0) return noKeyResult('a provider key');
  if (!context.options.noCompletion) {
    context.progress('Each working key gets one 1-token completion: billable, as you agreed.');
  }
  // Keys are independent, so their probes run side by side.
  const records = await Promise.all(
    keys.map((key) => (context.recheck ? freshProbe(context, key) : sentProbe(context, key))),
  );
  const probes = mergeProbes(storedProbes(context), records);
  return foldVerdicts(
    context,
    keys.map((key, index) => judge(key, records[index]!)),
    providerOf,
    {facts: {providerProbes: probes, providerOutcomes: records.map(toOutcome)}},
  );
}

export const providerTestStep: StepSpec = {
  id: 'provider-test',
  title: STEP_TITLES['provider-test'],
  why: 'A direct request to the provider separates a bad key from a Cursor-side problem.',
  instruction:
    'Call the provider directly with the same key, the way curl would: a free model or key-info request, then, if you agree, one 1-token completion (billable).',
  passCondition: 'the provider returns a small completion',
  kind: 'automatic',
  unattended: {decides: 'always'},
  billing: 'billable',
  group: 'provider',
  needs: ['key-paste'],
  replaceableKey: REPLACE_PROVIDER_KEY,
  inputs: [completionConsentInput],
  check,
};

/** "HTTP 429 insufficient_quota", or "no answer (ECONNREFUSED)" when nothing answered. */
function answerOf(diagnosis: {httpStatus: number | null; code: string | null}): string {
  const code =
    diagnosis.code && diagnosis.code !== String(diagnosis.httpStatus) ? diagnosis.code : null;
  if (diagnosis.httpStatus !== null) return `HTTP ${diagnosis.httpStatus}${code ? ` ${code}` : ''}`;
  return code ? `no answer (${code})` : 'no answer';
}
