// The first `stream-json` event of a print-mode run: `{"type":"system","subtype":"init",
// "apiKeySource":"env|flag|login","cwd","session_id","model","permissionMode"}` (Cursor docs,
// output format, 2026). `apiKeySource` says which credential the run really used.

export interface StreamInit {
  apiKeySource: string | null;
  model: string | null;
}

const field = (record: Record<string, unknown>, name: string): string | null => {
  const value = record[name];
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 40) : null;
};

/** The init event, when the first event on stdout is one; unknown fields are ignored. */
export function readStreamInit(stdout: string): StreamInit | null {
  const first = stdout
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.startsWith('{'));
  if (!first) return null;
  try {
    const event = JSON.parse(first) as Record<string, unknown>;
    if (event.type !== 'system' || event.subtype !== 'init') return null;
    return {apiKeySource: field(event, 'apiKeySource'), model: field(event, 'model')};
  } catch {
    return null;
  }
}

/** The credential an `apiKeySource` value names, in words. */
export function describeApiKeySource(source: string): string {
  switch (source) {
    case 'env':
      return 'the key in CURSOR_API_KEY';
    case 'flag':
      return 'a key given with --api-key';
    case 'login':
      return 'the stored browser login';
    default:
      return `an unknown credential ("${source}")`;
  }
}
