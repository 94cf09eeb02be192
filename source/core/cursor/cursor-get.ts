// One GET to a Cursor host, bounded by the check's timeout and cancel signal.
import type {HttpResult} from '../runner.js';
import type {CheckContext} from '../step-model.js';

export type CursorRequestContext = Pick<CheckContext, 'runner' | 'env' | 'signal' | 'timeoutMs'>;

/**
 * GETs `url` + `path`, or returns null without a request when `url` does not parse: the setting
 * that built it is then the problem, and naming it beats reporting a network failure.
 */
export async function cursorGet(
  context: CursorRequestContext,
  url: string,
  request: {path?: string; headers?: Readonly<Record<string, string>>} = {},
): Promise<HttpResult | null> {
  try {
    new URL(url);
  } catch {
    return null;
  }
  return context.runner.http({
    method: 'GET',
    url: url + (request.path ?? ''),
    headers: request.headers,
    timeoutMs: context.timeoutMs,
    signal: context.signal,
  });
}
