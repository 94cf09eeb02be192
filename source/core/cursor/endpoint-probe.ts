// Is the Cursor backend reachable from here? The CLI prints "The provided API key is invalid" on
// network, TLS and proxy failures too, so the key is blamed only after this says yes.
import type {NetworkFailure} from '../runner.js';
import {cursorEndpoint} from './cli-env.js';
import {cursorGet, type CursorRequestContext} from './cursor-get.js';

export type Reachability =
  | {reachable: true; url: string; httpStatus: number}
  | {reachable: false; url: string; failure: NetworkFailure};

export async function probeCursorEndpoint(context: CursorRequestContext): Promise<Reachability> {
  const url = cursorEndpoint(context.env);
  const result = await cursorGet(context, url, {path: '/'});
  if (!result) {
    return {
      reachable: false,
      url,
      failure: {kind: 'other', code: null, message: 'CURSOR_API_ENDPOINT is not a URL'},
    };
  }
  // Any HTTP answer at all, even 404, proves DNS, TLS and the proxy work.
  if (result.ok) return {reachable: true, url, httpStatus: result.response.status};
  return {reachable: false, url, failure: result.failure};
}
