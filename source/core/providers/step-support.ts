// What steps 5–9 share: finding the keys, naming a key safely, and folding per-key verdicts
// into one step result whose status is the worst of them.
import {scrub, scrubberOf} from '../secrets.js';
import type {
  CheckContext,
  CheckResult,
  CheckStatus,
  ConditionView,
  Fix,
  StepDefinition,
} from '../step-model.js';
import type {Layer, Provider} from '../vocabulary.js';
import {firstLayer, worstStatus} from '../verdict.js';
import {collectProviderKeys, keyVariableNames} from './intake.js';
import {detectKeyFormat} from './key-format.js';
import {cleanKey} from './paste-forensics.js';
import {secretsOf} from './probe.js';
import type {ProviderKey} from './types.js';
import {stepRef} from '../step-order.js';

export function keysIn(view: Pick<ConditionView, 'env' | 'answers'>): ProviderKey[] {
  return collectProviderKeys(view.env, view.answers);
}

export function envKeysIn(view: Pick<ConditionView, 'env'>): ProviderKey[] {
  return collectProviderKeys(view.env, {});
}

const variables = keyVariableNames();

export const NO_KEY_FIX: Fix = {
  summary: `Export the key the way its SDK reads it (${variables.slice(0, -1).join(', ')} or ${variables.at(-1)}), or paste it when the wizard asks at ${stepRef('byok-provider')}.`,
};

export function noKeyResult(what: string): CheckResult {
  return {
    status: 'warn',
    summary: `No provider key found, so ${what} was not checked`,
    evidence: [
      'No provider key variable is set and no key was pasted.',
      'A key pasted into the wizard stays in memory only and is shown only as length and fingerprint.',
    ],
    layer: null,
    fix: NO_KEY_FIX,
  };
}

/** The key's description and where it came from: `… key, 164 chars, fp:1a2b3c4d (env:…)`. */
export function keyLabel(key: ProviderKey, provider: Provider | null): string {
  return `${key.secret.describe(provider)} (${key.source})`;
}

export interface KeyVerdict {
  key: ProviderKey;
  status: CheckStatus;
  layer: Layer | null;
  /** One line for this key, without the key label. */
  line: string;
  /** Further lines for this key. */
  details: string[];
  fix: Fix | null;
}

/** One step result from per-key verdicts; every line is scrubbed of every key. */
export function foldVerdicts(
  context: Pick<CheckContext, 'env' | 'answers'>,
  verdicts: readonly KeyVerdict[],
  providerOf: (key: ProviderKey) => Provider | null,
  extra: {evidence?: string[]; facts?: CheckResult['facts']} = {},
): CheckResult {
  const secrets = scrubberOf(keysIn(context).flatMap(secretsOf));
  const clean = (line: string) => scrub(line, secrets);
  const status = worstStatus(verdicts.map((verdict) => verdict.status));
  const worst = verdicts.filter((verdict) => verdict.status === status);
  const layer = status === 'pass' ? null : firstLayer(worst.map((verdict) => verdict.layer));
  const lead = worst.find((verdict) => verdict.layer === layer) ?? worst[0];
  const evidence = verdicts.flatMap((verdict) => [
    clean(`${keyLabel(verdict.key, providerOf(verdict.key))} — ${verdict.line}`),
    ...verdict.details.map((line) => clean(`  ${line}`)),
  ]);
  const count = verdicts.length;
  const summary = !lead
    ? 'Nothing to check'
    : count === 1
      ? clean(lead.line)
      : clean(
          status === 'pass'
            ? `All ${count} provider keys: ${lead.line}`
            : `${worst.length} of ${count} provider keys: ${lead.line}`,
        );
  const fix = lead?.fix ? {...lead.fix, summary: clean(lead.fix.summary)} : null;
  return {
    status,
    summary,
    evidence: [...evidence, ...(extra.evidence ?? []).map(clean)],
    layer,
    fix: status === 'pass' ? null : fix,
    ...(extra.facts ? {facts: extra.facts} : {}),
  };
}

/** The provider a key's characters name once paste damage is cleaned off. */
export function formatProviderOf(key: ProviderKey): Provider | null {
  return detectKeyFormat(cleanKey(key.secret.reveal())).provider;
}

/** Steps 5–9 all test the typed provider key; each lets the person replace it at step 5. */
export const REPLACE_PROVIDER_KEY: NonNullable<StepDefinition['replaceableKey']> = {
  key: 'providerKey',
  label: 'Paste a different provider key',
  askedAt: 'byok-provider',
  alsoClears: ['byokField'],
};
