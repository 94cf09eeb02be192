// What a bare HTTP status can mean when nothing else in the text says more: the layers each
// status is known to carry, likeliest first, for the provider at hand. A named provider (in the
// text or by --provider) always outranks the Cursor-key reading of a 400 or 401.
import type {Layer, Provider} from '../vocabulary.js';
import {KEY_PAGE, providerName} from './links.js';
import type {RuleMatch} from './text-rules.js';
import {stepRef} from '../step-order.js';

/**
 * `text` is what came with the status: Cursor refusing a request that names no key refused the
 * login session, which is what most of Cursor's clients send.
 */
export function matchStatus(
  status: number,
  provider: Provider | null,
  text = '',
): RuleMatch | null {
  const byok = provider !== null && provider !== 'cursor';
  const sessionFirst = provider === 'cursor' && !NAMES_A_KEY.test(text);
  const keyLayers: Layer[] =
    provider === 'cursor'
      ? sessionFirst
        ? ['cursor-account', 'cursor-user-key']
        : ['cursor-user-key']
      : byok
        ? ['provider-key']
        : ['cursor-user-key', 'provider-key'];
  const base = {provider, code: null};
  const who = providerName(provider);
  switch (true) {
    case status === 400:
      // Providers send it for a request they cannot take, a model they do not serve, a path
      // behind a gateway, and Gemini for a bad key: alone, it names no layer, so say where to
      // look first and what to share.
      return {
        ...base,
        layers: ['unknown', 'request', 'model', 'provider-key', 'base-url'],
        action: ask400,
      };
    case status === 401:
      return {
        ...base,
        layers: [...keyLayers, 'provider-permission'],
        action: sessionFirst
          ? SESSION_ACTION
          : byok
            ? `${who} rejected the key: create a new one at ${KEY_PAGE[provider]}, paste it without spaces, and test it outside Cursor (${stepRef('provider-test')}).`
            : `The key was rejected: create a new one, paste it without spaces, and test it outside Cursor (${stepRef('provider-test')}).`,
      };
    case status === 402:
      return {
        ...base,
        layers: ['quota'],
        action: 'Out of credit: add credit or fix billing; a new key will not help.',
      };
    case status === 403:
      return {
        ...base,
        layers: byok ? ['provider-permission', 'network'] : [...keyLayers, 'provider-permission'],
        action:
          "The key is refused access: check the key's project, organization, region and scopes in the provider console.",
      };
    case status === 404:
      // As each provider's own diagnosis reads it: a 404 that names no model is a path with
      // nothing behind it (m-bedrock-4, g-google-16); one that names the model, or an upstream a
      // relay reached, is the model (l-openrouter-4). The model would come first in the fix
      // order, so the path's reading names only the path.
      return /model|deployment|upstream/i.test(text)
        ? {
            ...base,
            layers: ['model', 'base-url'],
            action:
              'Check the model name (or Azure deployment) and the base URL for typos or retired names.',
          }
        : {
            ...base,
            layers: ['base-url'],
            action:
              'Nothing answers at that path: check the base URL (the path the client adds to it, …/v1 once), then the model name (or Azure deployment).',
          };
    case status === 405 || (status >= 300 && status <= 399):
      return {
        ...base,
        layers: ['base-url'],
        action:
          'The endpoint does not take this request (wrong path or method, or a redirect): check the base URL and that it ends where the API expects (…/v1).',
      };
    case status === 422:
      // Unprocessable: the request as built. The model would come first in the fix order, so
      // the request's reading names only the request (x-wrapped-7).
      return {
        ...base,
        layers: ['request'],
        action: ask400,
      };
    case status === 407:
      return {
        ...base,
        layers: ['network'],
        action:
          'A proxy wants credentials: set HTTPS_PROXY with user:password, or ask IT for the proxy settings.',
      };
    case status === 413:
      return {
        ...base,
        layers: ['request'],
        action:
          'The request is too large: start a new chat, send less context, or pick another model.',
      };
    case status === 408 || status === 504:
      return {
        ...base,
        layers: ['provider-outage', 'network'],
        action:
          'The request timed out: retry; if it keeps failing from here, check proxy and firewall.',
      };
    case status === 429:
      return {
        ...base,
        layers: ['rate-limit', 'quota'],
        action:
          'Too many requests or no quota left: wait as told (retry-after) and retry; if it persists, check billing. Do not rotate the key.',
      };
    case status >= 500 && status <= 599:
      return {
        ...base,
        layers: provider === 'cursor' ? ['cursor-service'] : ['provider-outage'],
        action:
          provider === 'cursor'
            ? "Cursor's service is failing: check https://status.cursor.com, wait and retry."
            : 'The provider is failing or overloaded: wait and retry; nothing to fix on your side.',
      };
    default:
      return null;
  }
}

/** The words that make a refusal the key's rather than the login's. */
// api.cursor.com serves the key-authenticated APIs (Cloud Agents, Admin, key info): a refusal
// there is the key's, while api2.cursor.sh serves the editor's and the CLI's login sessions.
export const NAMES_A_KEY = /\b(?:api[ _-]?)?keys?\b|CURSOR_API_KEY|\bapi\.cursor\.com\b/i;

export const SESSION_ACTION = `Cursor refused the login: sign out of Cursor and back in (${stepRef('cursor-login')}); for the CLI run \`agent logout\` then \`agent login\`. Where a Cursor user API key is used instead, create a new one (${stepRef('user-api-key')}).`;

const ask400 =
  'A 400 alone is ambiguous: most providers send it for a request they cannot take (too long, a parameter the model does not support), Gemini for a bad key, Anthropic for missing credit. Share next: the whole error body (keys removed) and the provider.';
