// Finds the JSON error payload inside whatever a person pasted: a bare body, a pretty-printed
// one, one embedded in a log line, or a Python SDK's dict repr. Parsed, never grepped.
import {matchingBrace} from '../balanced-braces.js';

/** Object starts tried per input; pasted logs are small, and this bounds the work on junk. */
const MAX_STARTS = 40;

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Python's repr of a dict, as the OpenAI and Anthropic Python SDKs print it
 * ("Error code: 401 - {'error': {...}}"), rewritten as JSON. Returns null when it is not one.
 */
export function pythonReprToJson(source: string): string | null {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === "'" || char === '"') {
      let value = '';
      let j = i + 1;
      for (; j < source.length && source[j] !== char; j++) {
        if (source[j] === '\\' && j + 1 < source.length) {
          const next = source[++j]!;
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        } else value += source[j];
      }
      if (j >= source.length) return null;
      out += JSON.stringify(value);
      i = j;
      continue;
    }
    const word = /^(None|True|False)\b/.exec(source.slice(i, i + 5));
    if (word) {
      out += word[1] === 'None' ? 'null' : word[1] === 'True' ? 'true' : 'false';
      i += word[1]!.length - 1;
      continue;
    }
    out += char;
  }
  return out;
}

/** A body quoted inside a log line or another JSON string: `{\"type\":\"error\"…}`. */
function unescapeQuoted(candidate: string): string | null {
  return candidate.includes('\\"') ? candidate.replace(/\\\\/g, '\\').replace(/\\"/g, '"') : null;
}

function parseObject(candidate: string): JsonObject | null {
  for (const attempt of [candidate, pythonReprToJson(candidate), unescapeQuoted(candidate)]) {
    if (attempt === null) continue;
    try {
      const parsed: unknown = JSON.parse(attempt);
      if (isObject(parsed)) return parsed;
    } catch {
      // Not this form.
    }
  }
  return null;
}

/** Every top-level JSON object in `text`, outermost first, in order of appearance. */
export function findJsonObjects(text: string): JsonObject[] {
  const found: JsonObject[] = [];
  let from = 0;
  for (let tries = 0; tries < MAX_STARTS; tries++) {
    const start = text.indexOf('{', from);
    if (start < 0) break;
    const end = matchingBrace(text, start);
    const parsed = end > 0 ? parseObject(text.slice(start, end)) : null;
    if (parsed) {
      found.push(parsed);
      from = end;
    } else {
      from = start + 1;
    }
  }
  return found;
}

/** Looks like an error body from a provider or Cursor rather than some other JSON in a log. */
export function looksLikeErrorPayload(value: JsonObject): boolean {
  return (
    'error' in value ||
    'message' in value ||
    'Message' in value ||
    '__type' in value ||
    value.type === 'error'
  );
}

export function stringField(value: unknown, ...path: string[]): string | null {
  let at: unknown = value;
  for (const key of path) {
    if (!isObject(at)) return null;
    at = at[key];
  }
  return typeof at === 'string' ? at : null;
}

export function numberField(value: unknown, ...path: string[]): number | null {
  let at: unknown = value;
  for (const key of path) {
    if (!isObject(at)) return null;
    at = at[key];
  }
  return typeof at === 'number' && Number.isFinite(at) ? at : null;
}

/** How deep to look for a payload carried as a string inside another one. */
const MAX_NESTING = 4;

function nestedPayloads(value: unknown, depth: number, into: JsonObject[]): void {
  if (depth > MAX_NESTING) return;
  if (typeof value === 'string') {
    if (!value.includes('{')) return;
    for (const inner of findJsonObjects(value)) {
      if (looksLikeErrorPayload(inner)) into.push(inner);
      nestedPayloads(inner, depth + 1, into);
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) nestedPayloads(item, depth + 1, into);
    return;
  }
  if (isObject(value))
    for (const inner of Object.values(value)) nestedPayloads(inner, depth + 1, into);
}

/**
 * Every error payload in the text, outermost first: top-level bodies, then bodies carried as
 * strings inside them (Cursor's ERROR_OPENAI details, a gateway's message quoting the upstream
 * answer, an SDK exception quoting the body).
 */
export function errorPayloads(text: string): JsonObject[] {
  const found: JsonObject[] = [];
  for (const outer of findJsonObjects(text)) {
    if (looksLikeErrorPayload(outer)) found.push(outer);
    nestedPayloads(outer, 0, found);
  }
  return found;
}
