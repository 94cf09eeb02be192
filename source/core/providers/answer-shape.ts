// A 2xx proves nothing by itself: a captive portal, a `data:` URL or a wrong host can answer 200.
// A success counts only when its body has the shape of that provider's real answer.
import type {Provider} from '../vocabulary.js';
import {parseJson} from './diagnose/common.js';
import {providerSpec} from './registry/index.js';

export function isProviderAnswer(
  provider: Provider,
  kind: 'list' | 'completion',
  body: string,
): boolean {
  const json = parseJson(body);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return false;
  const value = (json as Record<string, unknown>)[providerSpec(provider).answerFields[kind]];
  return value !== null && typeof value === 'object';
}
