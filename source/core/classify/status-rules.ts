// What a bare HTTP status can mean when nothing else in the text says more. Deliberately
// broad: every layer a status is known to carry, so the answer lists the alternatives.
import type {Layer, Provider} from '../vocabulary.js';
import type {RuleMatch} from './text-rules.js';

export function matchStatus(status: number, provider: Provider | null): RuleMatch | null {
  const keyLayer: Layer = provider === 'cursor' ? 'cursor-user-key' : 'provider-key';
  const keyLayers: Layer[] = provider === null ? ['cursor-user-key', 'provider-key'] : [keyLayer];
  const base = {provider, code: null};
  switch (true) {
    case status === 400:
      // Gemini's bad key, Anthropic's missing credit and Bedrock's bad model all come as 400.
      return {...base, layers: [...keyLayers, 'model', 'quota'], action: ask400};
    case status === 401:
      return {
        ...base,
        layers: [...keyLayers, 'provider-permission'],
        action:
          'The key was rejected: create a new one, paste it without spaces, and test it outside Cursor (step 7).',
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
        layers: [...keyLayers, 'provider-permission', 'network'],
        action:
          "The key is refused access: check the key's project, organization, region and scopes in the provider console.",
      };
    case status === 404:
      return {
        ...base,
        layers: ['model', 'base-url'],
        action:
          'Check the model name (or Azure deployment) and the base URL for typos or retired names.',
      };
    case status === 407:
      return {
        ...base,
        layers: ['network'],
        action:
          'A proxy wants credentials: set HTTPS_PROXY with user:password, or ask IT for the proxy settings.',
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
        layers: ['provider-outage'],
        action:
          'The provider is failing or overloaded: wait and retry; nothing to fix on your side.',
      };
    default:
      return null;
  }
}

const ask400 =
  'A 400 alone is ambiguous: Gemini sends it for a bad key, Anthropic for missing credit, Bedrock for a bad model id. Paste the whole error body to tell which.';
