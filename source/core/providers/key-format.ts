// What a key's characters say about it: its provider, its kind and how long it should be.
// The live request decides validity; this only catches the wrong kind of key and truncation.
import type {Provider} from '../vocabulary.js';
import {PROVIDER_SPECS} from './registry/index.js';
import {type KeyKind, type KeyShape, orderedKeyShapes} from './registry/key-shape.js';
import type {ProviderSpec} from './registry/spec.js';

export type {KeyKind} from './registry/key-shape.js';

export interface KeyFormat<Id extends string = Provider> {
  provider: Id | null;
  kind: KeyKind;
  /** Human name of the format, e.g. "OpenAI project key (sk-proj-)". */
  label: string;
  /** The public prefix, the only part of a key that may ever be shown. */
  prefix: string;
  /** Shortest and longest complete keys of this format, in characters. */
  minLength: number;
  maxLength: number;
  /** True when the characters fully match the format (not just its prefix). */
  exact: boolean;
  /** A prefix other vendors share, so the provider is only a guess (a bare sk- key). */
  fallback: boolean;
  /** Why a key of this format may stop working, and what to make instead. */
  retiring: NonNullable<KeyShape['retiring']> | null;
}

const UNKNOWN: KeyFormat<never> = {
  provider: null,
  kind: 'unknown',
  label: 'unrecognised format',
  prefix: '',
  minLength: 0,
  maxLength: Number.POSITIVE_INFINITY,
  exact: false,
  fallback: false,
  retiring: null,
};

/** Format detection for the given providers' key shapes. */
export function keyFormatDetector<Id extends string>(
  specs: readonly ProviderSpec<Id>[],
): (key: string) => KeyFormat<Id> {
  const rules = orderedKeyShapes(specs).map(({provider, shape}) => {
    const full = new RegExp(`^(?:${shape.full.source})$`);
    return {
      provider,
      shape,
      full,
      family: shape.start ? new RegExp(`^(?:${shape.start.source})`) : full,
    };
  });
  return (key) => {
    const rule = rules.find(({family}) => family.test(key));
    if (!rule) return UNKNOWN;
    const {shape} = rule;
    return {
      provider: rule.provider,
      kind: shape.kind,
      label: shape.label,
      prefix: shape.prefixes[0] ?? '',
      minLength: shape.minLength,
      maxLength: shape.maxLength,
      exact: rule.full.test(key),
      fallback: shape.fallback ?? false,
      retiring: shape.retiring ?? null,
    };
  };
}

/** The format of a key that has already been cleaned of paste damage. */
export const detectKeyFormat: (key: string) => KeyFormat = keyFormatDetector(PROVIDER_SPECS);

const PUBLIC_PREFIXES = orderedKeyShapes(PROVIDER_SPECS)
  .flatMap(({shape}) => shape.prefixes)
  .sort((a, b) => b.length - a.length);

/** True when the text starts with a known public key prefix, whatever follows (if anything). */
export function startsWithKeyPrefix(text: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => text.startsWith(prefix));
}

/** The longest public prefix a key starts with, or '' when none is known. */
export function publicPrefix(text: string): string {
  return (
    PUBLIC_PREFIXES.find((prefix) => text.startsWith(prefix) && text.length > prefix.length) ?? ''
  );
}

/**
 * The provider a key is reported under when nothing says whose it is: the owner of the prefix
 * other vendors copy (sk-), the most common kind of key there is.
 */
export const FALLBACK_PROVIDER: Provider = orderedKeyShapes(PROVIDER_SPECS).find(
  ({shape}) => shape.fallback,
)!.provider;
