// Base URLs that cannot work for Cursor: Cursor calls providers from its own servers, so a
// local or private address fails there even when it works on this machine.
import {isIP} from 'node:net';
import type {Env} from '../step-model.js';
import type {Layer, Provider} from '../vocabulary.js';
import {configuredBaseUrl} from './endpoints.js';

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

  if (keyProvider === 'openrouter' && slot === 'openai') {
    const openaiBase = env.OPENAI_BASE_URL?.trim() ?? '';
    if (!/openrouter\.ai/i.test(openaiBase)) {
      findings.push({
        status: 'fail',
        layer: 'base-url',
        line: `an OpenRouter key in the OpenAI field needs OpenRouter's own base URL: turn on Override OpenAI Base URL with https://openrouter.ai/api/v1${openaiBase ? ` (OPENAI_BASE_URL is ${openaiBase})` : ''}`,
      });
    }
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
  const openaiCompatible = provider === 'openai' || provider === 'openrouter';
  if (openaiCompatible && !/\/v1\/?$/.test(url.pathname)) {
    findings.push({
      status: 'warn',
      layer: 'base-url',
      line: `${configured.variable} has no /v1 at the end of its path (${url.pathname || '/'}): OpenAI-compatible clients append /models and /chat/completions to it`,
    });
  }
  if (
    provider === 'openai' &&
    keyProvider === 'openai' &&
    slot !== null &&
    !local &&
    host !== 'api.openai.com'
  ) {
    findings.push({
      status: 'warn',
      layer: 'base-url',
      line: `an OpenAI key is sent to ${host}: only api.openai.com accepts OpenAI keys; a proxy there needs its own key`,
    });
  }
  if (provider === 'openrouter' && !local && !/openrouter\.ai$/i.test(host)) {
    findings.push({
      status: 'warn',
      layer: 'base-url',
      line: `OPENROUTER_BASE_URL points at ${host}, not openrouter.ai`,
    });
  }
  if (
    provider === 'azure' &&
    !local &&
    !/\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i.test(host)
  ) {
    findings.push({
      status: 'warn',
      layer: 'base-url',
      line: `AZURE_OPENAI_ENDPOINT host ${host} is not an Azure OpenAI host (*.openai.azure.com)`,
    });
  }
  return findings;
}
