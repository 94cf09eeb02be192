// Finds `{…}` objects inside free text (pasted errors, CLI output) by balancing braces, skipping
// strings in double quotes (JSON) or single quotes (a Python SDK's dict repr).

/** The end index (exclusive) of the balanced object starting at `start`, or -1. */
export function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Every balanced `{…}` in the text, outermost first, up to `limit` of them. */
export function balancedObjects(text: string, limit: number): string[] {
  const found: string[] = [];
  for (let start = text.indexOf('{'); start >= 0 && found.length < limit;) {
    const end = matchingBrace(text, start);
    if (end < 0) break;
    found.push(text.slice(start, end));
    start = text.indexOf('{', end);
  }
  return found;
}
