// What a provider's documented error body looks like (providers.md §3–8), so a pasted JSON can be
// told apart by its shape alone and a paste that lost its status line still carries one.

export type Body = Record<string, unknown>;

export interface ErrorBodyShape {
  /** Whether a parsed body has this provider's error shape. */
  matches(body: Body): boolean;
  /** The HTTP status its error type travels with; null when the type does not say. */
  impliedStatus(body: Body, text: string): number | null;
  /** Response headers its reader needs that a paste keeps only in the body. */
  lostHeaders?(body: Body, text: string): Record<string, string>;
}

export function isBody(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body's `error` object, or null when it has none. */
export function errorOf(body: Body): Body | null {
  return isBody(body.error) ? body.error : null;
}

/** A string found at `path`, or null. */
export function stringAt(body: unknown, ...path: string[]): string | null {
  let value: unknown = body;
  for (const key of path) value = isBody(value) ? value[key] : undefined;
  return typeof value === 'string' ? value : null;
}
