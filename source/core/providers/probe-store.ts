// Lets steps 8 and 9 reuse what step 7 learned instead of calling the provider again: first
// from facts, then from a probe still in flight on the same runner (doctor runs steps
// concurrently), and only then with a new probe.
import type {Runner} from '../runner.js';
import type {CheckContext} from '../step-model.js';
import {probeKey, type ProbeContext} from './probe.js';
import type {ProbeRecord, ProviderKey} from './types.js';

const inFlight = new WeakMap<Runner, Map<string, Promise<ProbeRecord>>>();

function pending(runner: Runner): Map<string, Promise<ProbeRecord>> {
  let map = inFlight.get(runner);
  if (!map) {
    map = new Map();
    inFlight.set(runner, map);
  }
  return map;
}

/** A fresh probe (step 7 and re-checks), visible to concurrent readers while it runs. */
export function freshProbe(context: ProbeContext, key: ProviderKey): Promise<ProbeRecord> {
  const map = pending(context.runner);
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
  const running = pending(context.runner).get(key.id);
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
