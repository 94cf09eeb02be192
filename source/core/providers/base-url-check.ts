// Base URLs that cannot work for Cursor: Cursor calls providers from its own servers, so a
// local or private address fails there even when it works on this machine.
import {isIP} from 'node:net';
import type {Env} from '../step-model.js';
import type {Layer, Provider} from '../vocabulary.js';
import {configuredBaseUrl} from './endpoints.js';
import {providerName, providerSpec} from './registry/index.js';
import {isEditorProvider, type EditorProvider} from '../editor/items.js';
import {RIDERS} from '../editor/riders.js';
import type {FieldRide} from './registry/cursor-field.js';

export interface BaseUrlFinding {
  status: 'fail' | 'warn';
  layer: Layer;
  line: string;
}

export function isLoopback(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\./.test(host) ||
    host === '::1' ||
    host === '[::1]' ||
    host === '0.0.0.0'
  );
}

export function isPrivate(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) {
    return /^(?:10\.|192\.168\.|169\.254\.|172\.(?:1[6-9]|2\d|3[01])\.|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.)/.test(
      bare,
    );
  }
  if (isIP(bare) === 6) return /^(?:fc|fd|fe80)/i.test(bare);
  return (
    bare.endsWith('.local') ||
    bare.endsWith('.internal') ||
    bare.endsWith('.lan') ||
    !bare.includes('.')
  );
}

/**
 * A key of a provider with no Cursor field of its own rides in another provider's field, and
 * works there only with that field's base URL pointed at its own provider.
 */
function ridingKeyFindings(
  keyProvider: Provider,
  rider: FieldRide<EditorProvider>,
  env: Env,
): BaseUrlFinding[] {
  const variable = providerSpec(rider.field).baseUrl?.variable;
  const fieldBase = (variable ? env[variable]?.trim() : undefined) ?? '';
  if (rider.reaches(fieldBase) !== null) return [];
  const name = providerName(keyProvider);
  const field = providerName(rider.field);
  const article = /^[aeiou]/i.test(name) ? 'an' : 'a';
  return [
    {
      status: 'fail',
      layer: 'base-url',
      line: `${article} ${name} key in the ${field} field needs ${name}'s own base URL: turn on Override ${field} Base URL with ${rider.baseUrl}${fieldBase ? ` (${variable} is ${fieldBase})` : ''}`,
    },
  ];
}

export function checkBaseUrl(input: {
  provider: Provider;
  /** The provider the key's characters belong to. */
  keyProvider: Provider | null;
  /** The field or variable the key was given as. */
  slot: Provider | null;
  env: Env;
}): BaseUrlFinding[] {
  const findings: BaseUrlFinding[] = [];
  const {provider, keyProvider, slot, env} = input;

  const rider = keyProvider && !isEditorProvider(keyProvider) ? RIDERS[keyProvider] : undefined;
  if (keyProvider && rider && slot === rider.field) {
    findings.push(...ridingKeyFindings(keyProvider, rider, env));
  }

  const configured = configuredBaseUrl(provider, env);
  if (!configured || configured.variable.endsWith('(default)')) return findings;
  let url: URL;
  try {
    url = new URL(configured.url);
  } catch {
    findings.push({status: 'fail', layer: 'base-url', line: `${configured.variable} is not a URL`});
    return findings;
  }
  const host = url.hostname;
  const local = isLoopback(host);
  if (local || isPrivate(host)) {
    findings.push({
      status: 'warn',
      layer: 'base-url',
      line: `${configured.variable} points at ${local ? 'this machine' : 'a private address'} (${url.host}): fine for tools here, but as Cursor's base URL it cannot work, because Cursor calls providers from its own servers`,
    });
  } else if (url.protocol === 'http:') {
    findings.push({
      status: 'fail',
      layer: 'base-url',
      line: `${configured.variable} uses http://: the key would travel unencrypted and most providers refuse it; use https://`,
    });
  }
  const rules = providerSpec(provider).baseUrl;
  if (rules?.endsInV1 && !/\/v1\/?$/.test(url.pathname)) {
    findings.push({
      status: 'warn',
      layer: 'base-url',
      line: `${configured.variable} has no /v1 at the end of its path (${url.pathname || '/'}): OpenAI-compatible clients append /models and /chat/completions to it`,
    });
  }
  const expected = rules?.expectedHost;
  // A proxy's key is the proxy's own: only the provider's own key in a Cursor field is judged.
  const ownKeyInField = keyProvider === provider && slot !== null;
  if (
    expected &&
    (!expected.ownKeyInField || ownKeyInField) &&
    !local &&
    !expected.pattern.test(host)
  ) {
    findings.push({
      status: 'warn',
      layer: 'base-url',
      line: expected.line(host, configured.variable),
    });
  }
  return findings;
}
