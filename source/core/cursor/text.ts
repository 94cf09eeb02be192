// Small text helpers for reading CLI output and showing account names on a shared screen.
import {stripVTControlCharacters} from 'node:util';

export function stripAnsi(text: string): string {
  // Ink output can carry cursor moves and carriage-return redraws besides colours.
  return stripVTControlCharacters(text).replace(/\r(?!\n)/g, '\n');
}

/** `a…@example.com`: enough to tell two accounts apart, not enough to identify a person. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return `${email.slice(0, 1)}…`;
  return `${email.slice(0, 1)}…${email.slice(at)}`;
}

export function sameEmail(a: string | null | undefined, b: string | null | undefined): boolean {
  return Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());
}

/**
 * The first few non-empty lines of an output, for evidence. Scrub before, not after: a key cut
 * at the end matches neither its exact text nor its shape.
 */
export function excerpt(text: string, lines = 3): string {
  return stripAnsi(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, lines)
    .join(' | ')
    .slice(0, 300);
}
