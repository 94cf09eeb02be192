// Which model the person selected in Cursor for a provider: `--model PROVIDER=MODEL`, or the
// model typed in the wizard, matched to a provider by its name.
import type {Answers, Env} from '../step-model.js';
import type {Provider} from '../vocabulary.js';
import {PROVIDER_SPECS, providerSpec} from './registry/index.js';
import type {ProviderSpec} from './registry/spec.js';

/** Specs whose names hold other providers' names come first, so they win. */
const BY_NAME_PRECEDENCE = [...(PROVIDER_SPECS as readonly ProviderSpec<Provider>[])].sort(
  (a, b) => Number(b.models.namesWin ?? false) - Number(a.models.namesWin ?? false),
);

/** The provider a model name belongs to, when its name says so. */
export function providerOfModelName(model: string): Provider | null {
  const name = model.trim().toLowerCase();
  return BY_NAME_PRECEDENCE.find((spec) => spec.models.names?.test(name))?.id ?? null;
}

export function selectedModelFor(provider: Provider, answers: Answers, env: Env): string | null {
  const explicit = answers.models?.[provider]?.trim();
  if (explicit) return explicit;
  const deployments = providerSpec(provider).models.deployments;
  const typed = typeof answers.selectedModel === 'string' ? answers.selectedModel.trim() : '';
  if (typed) {
    const owner = providerOfModelName(typed);
    if (owner === provider) return typed;
    // A deployment has a name of the person's choosing, often another provider's model name.
    if (deployments && owner === null) return typed;
    if (deployments && owner === deployments.namedAfter && !env[deployments.variable]) return typed;
  }
  if (deployments) return env[deployments.variable]?.trim() || null;
  return null;
}
