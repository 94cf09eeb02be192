// What every provider's diagnosis shares: the verdict shape, reading the body, and the answers
// that are the same whoever sent them (a rate limit, an outage, an unexpected status).
import type {Layer} from '../../layers.js';
import {waitInText} from '../rate-limit.js';

export interface Verdict {
  layer: Layer;
  code: string | null;
  action: string;
  alsoPossible?: Layer[];
  retryAfterSeconds?: number | null;
  /** A status to report instead of the HTTP one (OpenRouter's 200 carrying an error). */
  status?: number;
}

export const NO_ROTATE = 'Do not rotate the key: it is fine.';

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

export function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const name of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The retry wait a message names, whole seconds rounded up ("Please retry in 38.86s" → 39). */
export function retryFromMessage(message: string): number | null {
  const seconds = waitInText(message);
  return seconds === null ? null : Math.ceil(seconds);
}

export function rateLimited(retryAfter: number | null, code: string | null, what: string): Verdict {
  const wait =
    retryAfter !== null ? `Wait ${retryAfter} s (the provider's retry-after)` : 'Wait a minute';
  return {
    layer: 'rate-limit',
    code,
    action: `${wait}, then retry once; ${what}. ${NO_ROTATE}`,
    retryAfterSeconds: retryAfter,
  };
}

export function outage(code: string | null, retryAfter: number | null): Verdict {
  return {
    layer: 'provider-outage',
    code,
    action: `The provider is overloaded or failing: wait and try again later; nothing to fix on this side.`,
    retryAfterSeconds: retryAfter,
  };
}

/** What a diagnoser reads from one response. */
export interface Reading {
  status: number;
  json: unknown;
  /** The error message, or the start of the body when there is none; keys in it already masked. */
  message: string;
  /** From retry-after style headers, when any. */
  retry: number | null;
  headers: Readonly<Record<string, string>>;
  /** The public prefix of the key that was sent (`AIza`, `AQ.`, `ABSK`…), '' when unknown. */
  keyPrefix: string;
}

/** A status the cheat sheet has no entry for: say what came back rather than guess. */
export function unexpected(
  who: string,
  status: number,
  code: string | null,
  message: string,
): Verdict {
  return {
    layer: 'unknown',
    code,
    action: `${who} answered ${status}: ${message.slice(0, 160)}`,
  };
}
