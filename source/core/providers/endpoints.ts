// Where each provider is called and how, from its spec: the base URL from the SDK's own variable
// (or its default), then the provider's own plan of the cheapest probe and the smallest
// completion, each with the same request as a curl command with $VARIABLES.
import type {Secret} from '../secrets.js';
import type {Env} from '../step-model.js';
import {type Provider, stepRef} from '../vocabulary.js';
import {
  envValue,
  type PlannedCalls,
  type PlannedRequest,
  type Signing,
  trimSlash,
} from './calls/plan.js';
import {providerSpec} from './registry/index.js';

export type {PlannedRequest, Signing};

export interface ProviderTarget extends PlannedCalls {
  provider: Provider;
  defaultModel: string | null;
}

export interface TargetInput {
  provider: Provider;
  secret: Secret;
  envName: string;
  env: Env;
  /** The model the person selected, used to name an Azure deployment. */
  selectedModel: string | null;
  signing?: Signing;
  /** The Cursor field the key sits in, when known: a Bedrock key in the OpenAI field. */
  slot?: Provider | null;
}

export type TargetResult = {ok: true; target: ProviderTarget} | {ok: false; reason: string};

export function resolveTarget(input: TargetInput): TargetResult {
  const spec = providerSpec(input.provider);
  if (!spec.calls) {
    return {
      ok: false,
      reason: `A ${spec.name} key is not a provider key; ${stepRef('user-api-key')} tests it.`,
    };
  }
  const configured = configuredBaseUrl(input.provider, input.env);
  const planned = spec.calls({
    secret: input.secret,
    envName: input.envName,
    env: input.env,
    base: configured ? trimSlash(configured.url) : null,
    selectedModel: input.selectedModel,
    ...(input.signing ? {signing: input.signing} : {}),
    slot: input.slot ?? null,
  });
  if (!planned.ok) return planned;
  return {
    ok: true,
    target: {provider: input.provider, defaultModel: spec.defaultModel, ...planned.calls},
  };
}

/** The base URL a provider's SDK would use, for the base-URL checks. */
export function configuredBaseUrl(
  provider: Provider,
  env: Env,
): {url: string; variable: string} | null {
  const base = providerSpec(provider).baseUrl;
  if (!base) return null;
  const found = envValue(env, base.variable);
  if (found) return {url: found, variable: base.variable};
  return base.default ? {url: base.default, variable: `${base.variable} (default)`} : null;
}
