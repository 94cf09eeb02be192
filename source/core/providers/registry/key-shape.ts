// How a provider's keys look. One description per shape, from which both format detection
// (providers/key-format.ts) and scrubbing (secrets.ts) build their patterns, so the two cannot
// drift apart. Patterns follow gitleaks/trufflehog (see the providers reference, section 1).

export type KeyKind =
  | 'api-key'
  | 'admin-key'
  | 'oauth-token'
  | 'cursor-user-key'
  | 'aws-access-key-id'
  | 'bedrock-api-key'
  | 'unknown';

export interface KeyShape {
  kind: KeyKind;
  /** Human name of the format, e.g. "OpenAI project key (sk-proj-)". */
  label: string;
  /**
   * The public prefixes a key of this shape starts with, the usual one first: the only part of a
   * key that may ever be shown. Empty when the key has none.
   */
  prefixes: readonly string[];
  /**
   * How a key of this shape begins, complete or cut short. No anchors. Absent when nothing at its
   * start tells it apart: then only a complete key is recognised.
   */
  start?: RegExp;
  /** A complete, well-formed key. No anchors. */
  full: RegExp;
  /** Shortest and longest complete keys, in characters. */
  minLength: number;
  maxLength: number;
  /**
   * How the key is found inside other text, to be masked. Usually its start followed by at least
   * `min` of `chars`: broader than `full` on purpose, because a key cut short or of a length not
   * yet seen must be masked too, and a false positive costs one redacted word. `wordStart` is for
   * starts that ordinary words contain ("key_"). A shape with nothing distinctive in it (32 hex
   * characters) is masked only as a whole word. Its own `start`, when given, is broader than the
   * shape's: starts not seen yet but likely, which recognising a key must not guess at.
   */
  inText: {chars: RegExp; min: number; wordStart?: boolean; start?: RegExp} | 'whole-word';
  /** Why a key of this shape may stop working, and what to make instead; the live test decides. */
  retiring?: {why: string; instead: string};
  /** Tried only when no other shape matches: a prefix that other vendors use too. */
  fallback?: boolean;
  /** A made-up key of this shape, so tests can prove it is both recognised and masked. */
  sample: string;
}

/** Every key shape of the given providers, in the order they are tried. */
export function orderedKeyShapes<Id extends string>(
  specs: readonly {id: Id; keyShapes: readonly KeyShape[]}[],
): {provider: Id; shape: KeyShape}[] {
  const all = specs.flatMap((spec) => spec.keyShapes.map((shape) => ({provider: spec.id, shape})));
  // A shape's start belongs to its provider alone, so their order does not matter; a fallback's
  // start is shared with other shapes, and each of them must win over it.
  return [...all.filter(({shape}) => !shape.fallback), ...all.filter(({shape}) => shape.fallback)];
}
