// An error that escapes every check may quote outside text (a parse error quotes the body it
// choked on), so its one line passes the same gate as everything else from outside.
import {redact} from '../secrets.js';
import {gateField} from './outside-text.js';

export function unexpectedErrorLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return gateField(redact(text.split('\n')[0] ?? '')) || 'unknown error';
}
