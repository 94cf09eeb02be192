// The provider registry: one line per provider, in the contract's order. Adding a provider is one
// spec file in this folder plus one line here.
import {anthropic} from './anthropic.js';
import {azure} from './azure.js';
import {bedrock} from './bedrock.js';
import {cursor} from './cursor.js';
import {google} from './google.js';
import {openai} from './openai.js';
import {openrouter} from './openrouter.js';
import type {ProviderSpec} from './spec.js';

export const PROVIDER_SPECS = [
  cursor,
  openai,
  anthropic,
  google,
  openrouter,
  azure,
  bedrock,
] as const;

export type ProviderId = (typeof PROVIDER_SPECS)[number]['id'];

type IdsOf<Specs extends readonly {id: string}[]> = {
  readonly [K in keyof Specs]: Specs[K] extends {id: infer Id} ? Id : never;
};

/** The ids in registry order, as the literal tuple the vocabulary exports. */
export const PROVIDER_IDS = PROVIDER_SPECS.map((spec) => spec.id) as unknown as IdsOf<
  typeof PROVIDER_SPECS
>;

const BY_ID = new Map<string, ProviderSpec<ProviderId>>(
  PROVIDER_SPECS.map((spec) => [spec.id, spec]),
);

export function providerSpec(id: ProviderId): ProviderSpec<ProviderId> {
  return BY_ID.get(id)!;
}

export function providerName(id: ProviderId | null): string {
  return id ? providerSpec(id).name : 'an unknown provider';
}

/** The variable a key for this provider is given in, as a copy-paste command names it. */
export function keyVariableOf(id: ProviderId): string {
  return providerSpec(id).keyVariables[0]!;
}

/** Every variable, of every provider, that can hold a credential. */
export function credentialVariables(): string[] {
  return PROVIDER_SPECS.flatMap((spec) => spec.credentialVariables);
}

const KEY_ECHOES = [...BY_ID.values()].flatMap((spec) => spec.errorTexts?.keyEchoes ?? []);

/**
 * A provider's masked echo of a refused key, replaced by its mark (see ErrorTexts.keyEchoes):
 * masking loses the echo's length, which says which kind of key was refused. Run before redact,
 * by every reader of a provider's words, so the classifier and a live check read them alike.
 */
export function markKeyEchoes(text: string): string {
  return KEY_ECHOES.reduce((marked, echo) => marked.replace(echo.pattern, echo.mark), text);
}
