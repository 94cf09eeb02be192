// How one reading of an error outranks another: the message's meaning over a reading made from
// a status or a provider's type, and the status choosing among the layers a message left open.
import {type Layer, LAYERS, type Provider} from '../vocabulary.js';
import {
  meaningOf,
  PER_MINUTE,
  PLAINLY_BILLING,
  refillsWithinAMinute,
  saysModel,
} from './meaning-rules.js';
import type {RuleMatch} from './text-rules.js';
import {keyReachedTheWrongHost} from './address-rules.js';

/** The layers each status can carry, to choose among the candidates a message left open. */
function fitsStatus(layer: Layer, status: number): boolean {
  if (status >= 500) return ['provider-outage', 'cursor-service', 'network'].includes(layer);
  // A 429 can carry a balance error that a wrong endpoint earns (Z.AI's code 1113).
  if (status === 429) return ['rate-limit', 'quota', 'cursor-plan', 'base-url'].includes(layer);
  if (status === 404) return ['model', 'base-url'].includes(layer);
  if (status === 401) {
    return ['provider-key', 'cursor-user-key', 'cursor-account', 'provider-permission'].includes(
      layer,
    );
  }
  if (status === 400 || status === 413 || status === 422) {
    return ['request', 'model', 'provider-key', 'quota', 'base-url'].includes(layer);
  }
  return true;
}

/** A status chooses among the layers a message left open; it never adds one. */
export function narrowedByStatus(rule: RuleMatch, status: number | null): RuleMatch {
  if (status === null || rule.layers.length < 2) return rule;
  const fitting = rule.layers.filter((layer) => fitsStatus(layer, status));
  return fitting.length > 0 && fitting.length < rule.layers.length
    ? {...rule, layers: fitting}
    : rule;
}

/**
 * A reading made from a status or a type can still be outranked by what the message says:
 * quota words beat a 429's rate limit, organisation words beat a 401's key, an endpoint named
 * missing beats a 404's model.
 */
const REFINES: Partial<Record<Layer, readonly Layer[]>> = {
  'rate-limit': ['quota'],
  // A key refused by a provider with two platforms is first a key made on the other one, and
  // an Azure key that OpenAI answered went to the wrong host.
  'provider-key': ['provider-permission', 'base-url'],
  // A 403 read as "not allowed" is out of money when the body says so ("insufficient_user_quota").
  'provider-permission': ['quota'],
  model: ['base-url'],
  'base-url': ['model'],
  // Billing words about a quota the provider says refills within a minute: a rate limit.
  quota: ['rate-limit'],
  // A 5xx type or status carrying the client's own failure to parse an HTML page, or a context
  // too long, that a server reported as its error (s-openrouter-3, s-gateway-12).
  // A server's own code failing inside its 5xx (a Python AttributeError) is its bug, not an
  // outage to wait out (x-bedrock-13).
  'provider-outage': ['base-url', 'request', 'unknown'],
};

/**
 * The message's meaning in place of a reading made from a status, a type or a table, when it
 * outranks it; null when the reading stands.
 */
export function outrankedByMeaning(
  reading: {first: Layer; layers: readonly Layer[]; code: string | null},
  text: string,
  provider: Provider | null,
): RuleMatch | null {
  const allowed = REFINES[reading.first];
  if (!allowed) return null;
  const meaning = meaningOf(text, provider);
  const better = meaning?.layers[0];
  if (!meaning || !better || !allowed.includes(better)) return null;
  if (better === 'quota' && PER_MINUTE.test(text) && !PLAINLY_BILLING.test(text)) return null;
  if (reading.first === 'quota' && !refillsWithinAMinute(text)) return null;
  if (reading.first === 'provider-permission' && !PLAINLY_BILLING.test(text)) return null;
  if (better === 'provider-permission' && !ORGANISATION_OR_PERMISSION_CODE.test(text)) return null;
  if (better === 'base-url' && saysModel(text)) return null;
  if (
    reading.first === 'provider-key' &&
    better === 'base-url' &&
    !keyReachedTheWrongHost(text, provider)
  ) {
    return null;
  }
  // A server saying it is overloaded or unavailable is failing, whatever the request held.
  if (reading.first === 'provider-outage' && OUTAGE_SAID.test(text)) return null;
  const rest = reading.layers.filter((layer) => LAYERS.indexOf(layer) > LAYERS.indexOf(better));
  return {...meaning, layers: [better, ...rest], code: reading.code ?? meaning.code};
}

const OUTAGE_SAID =
  /overload|service unavailable|temporarily unavailable|bad gateway|gateway time-?out|high demand/i;

/**
 * What turns a rejected key into a refused one: the organisation, or a permission's own code. An
 * SDK's exception class ("exceptions.PermissionDenied: 403") is only a status in a wrapper's name.
 */
const ORGANISATION_OR_PERMISSION_CODE =
  /organi[sz]ation|["']PermissionDenied["']|permission_error|AccessDenied|lacks the required/i;
