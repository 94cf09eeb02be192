// Lets steps 8 and 9 reuse what step 7 learned instead of calling the provider again: first
// from facts, then from a probe still in flight in the same run (doctor runs steps
// concurrently), and only then with a new probe.
import type {CheckContext} from '../step-model.js';
import {probeKey, type ProbeContext} from './probe.js';
import type {ProbeRecord, ProbesInFlight, ProviderKey} from './types.js';

/** A fresh probe (step 7 and re-checks), visible to concurrent readers while it runs. */
export function freshProbe(
  context: ProbeContext & {probesInFlight: ProbesInFlight},
  key: ProviderKey,
): Promise<ProbeRecord> {
  const map = context.probesInFlight;
  const promise = probeKey(context, key).finally(() => {
    if (map.get(key.id) === promise) map.delete(key.id);
  });
  map.set(key.id, promise);
  return promise;
}

export function storedProbes(context: Pick<CheckContext, 'facts'>): ProbeRecord[] {
  const stored = context.facts.providerProbes;
  return Array.isArray(stored) ? stored : [];
}

/** What is known about a key, probing only when nothing is. */
export async function knownProbe(context: CheckContext, key: ProviderKey): Promise<ProbeRecord> {
  const stored = storedProbes(context).find((record) => record.keyId === key.id);
  if (stored) return stored;
  const running = context.probesInFlight.get(key.id);
  if (running) return running;
  return freshProbe(context, key);
}

/** Replaces the records of the given keys, keeping the others. */
export function mergeProbes(
  previous: readonly ProbeRecord[],
  updated: readonly ProbeRecord[],
): ProbeRecord[] {
  const ids = new Set(updated.map((record) => record.keyId));
  return [...previous.filter((record) => !ids.has(record.keyId)), ...updated];
}
