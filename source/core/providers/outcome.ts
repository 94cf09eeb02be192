// Turns what a key's probes found into one verdict per key, and into the doctor --json
// `providers` entry the contract fixes.
import type {Diagnosis, ProviderOutcome} from '../diagnosis.js';
import {SHORT_TERM_KEY_REGION} from './bedrock-short-term.js';
import {INSECURE_TRANSPORT_CODE} from '../gate/transport.js';
import {FALLBACK_PROVIDER} from './key-format.js';
import type {Layer} from '../vocabulary.js';
import type {ExchangeRecord, ProbeRecord} from './types.js';

/** Layers that mean "this key does not work as set up": a problem found, not a doubt. */
const FAILING: ReadonlySet<Layer> = new Set([
  'provider-key',
  'provider-permission',
  'model',
  'request',
  'base-url',
  'rate-limit',
  'quota',
  'feature',
]);

/** The request that decided the key's fate: a failed one, else the last one sent. */
export function decisiveExchange(record: ProbeRecord): ExchangeRecord | null {
  if (record.cheap && !record.cheap.ok) return record.cheap;
  return record.completion ?? record.cheap;
}

export function keyDiagnosis(record: ProbeRecord): Diagnosis | null {
  if (record.setupProblem) return record.setupProblem;
  const exchange = decisiveExchange(record);
  return exchange && !exchange.ok ? exchange.diagnosis : null;
}

export type KeyStatus = ProviderOutcome['status'];

export function keyStatus(record: ProbeRecord): KeyStatus {
  // A key refused before sending (plain http to another machine, no web URL) is a problem found.
  if (record.setupProblem?.code === INSECURE_TRANSPORT_CODE) return 'fail';
  // So is a short-term Bedrock key aimed at another Region than the one it was made in.
  if (record.setupProblem?.code === SHORT_TERM_KEY_REGION) return 'fail';
  if (record.setupNote || record.setupProblem || !record.cheap) return 'unknown';
  const diagnosis = keyDiagnosis(record);
  if (!diagnosis) return 'pass';
  if (decisiveExchange(record)?.notTheApi) return 'unknown';
  return FAILING.has(diagnosis.layer) ? 'fail' : 'unknown';
}

export function toOutcome(record: ProbeRecord): ProviderOutcome {
  const exchange = decisiveExchange(record);
  const diagnosis = keyDiagnosis(record);
  const status = keyStatus(record);
  return {
    provider: record.provider ?? FALLBACK_PROVIDER,
    keySource: record.keySource,
    fingerprint: record.fingerprint,
    baseUrl: record.baseUrl,
    status,
    layer: status === 'pass' ? null : (diagnosis?.layer ?? 'unknown'),
    httpStatus: exchange?.httpStatus ?? null,
    code: diagnosis?.code ?? null,
    retryAfterSeconds: diagnosis?.retryAfterSeconds ?? null,
    requestId: exchange?.requestId ?? record.cheap?.requestId ?? null,
  };
}
