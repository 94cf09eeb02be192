// A 2xx proves nothing by itself: a captive portal, a `data:` URL or a wrong host can answer 200.
// A success counts only when its body has the shape of that provider's real answer.
import type {Provider} from '../vocabulary.js';
import {parseJson} from './diagnose/common.js';

/** The top-level field a real answer always has: a model list, or a completion. */
const ANSWER_FIELD: Record<Provider, {list: string; completion: string}> = {
  openai: {list: 'data', completion: 'choices'},
  openrouter: {list: 'data', completion: 'choices'},
  azure: {list: 'data', completion: 'choices'},
  anthropic: {list: 'data', completion: 'content'},
  google: {list: 'models', completion: 'candidates'},
  bedrock: {list: 'modelSummaries', completion: 'output'},
  cursor: {list: 'data', completion: 'choices'},
};

export function isProviderAnswer(
  provider: Provider,
  kind: 'list' | 'completion',
  body: string,
): boolean {
  const json = parseJson(body);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return false;
  const value = (json as Record<string, unknown>)[ANSWER_FIELD[provider][kind]];
  return value !== null && typeof value === 'object';
}
