// A made-up provider, written as one spec file would be: everything the tool knows about it,
// its own diagnoser and its own call plan included. It reaches no real host: its default base URL
// is in the reserved .invalid domain, and tests point it at a loopback mock.
import {
  baseOf,
  listIds,
  PING,
  request,
  type CallInput,
  type CallsResult,
  listModelsRequest,
} from '../../source/core/providers/calls/plan.js';
import type {Reading, Verdict} from '../../source/core/providers/diagnose/common.js';
import type {ProviderSpec} from '../../source/core/providers/registry/spec.js';

function planAcmeCalls(input: CallInput): CallsResult {
  const base = baseOf(input);
  const auth = {
    headers: () => ({'x-acme-key': input.secret.reveal()}),
    curlHeaders: [`x-acme-key: $${input.envName}`],
  };
  return {
    ok: true,
    calls: {
      baseUrl: base,
      cheap: listModelsRequest(auth, `${base}/models`),
      completion: (model) =>
        request({
          ...auth,
          label: `1-token reply with ${model}`,
          method: 'POST',
          url: `${base}/reply`,
          body: JSON.stringify({model, prompt: PING, limit: 1}),
          billable: true,
        }),
      completionMissing: null,
      parseModels: (body) => listIds(body, (json) => json.items as unknown[]),
    },
  };
}

function diagnoseAcme({status, message}: Reading): Verdict {
  if (status === 401) {
    return {
      layer: 'provider-key',
      code: 'acme_bad_key',
      action: `Acme refused the key: ${message}`,
    };
  }
  return {layer: 'unknown', code: null, action: `Acme answered ${status}.`};
}

export const acme = {
  id: 'acme',
  name: 'Acme AI',
  keyVariables: ['ACME_API_KEY'],
  credentialVariables: ['ACME_API_KEY'],
  keyPage: 'https://console.acme.invalid/keys',
  billingPage: 'https://console.acme.invalid/billing',
  keyShapes: [
    {
      kind: 'api-key',
      label: 'Acme key (acme-)',
      prefixes: ['acme-'],
      start: /acme-/,
      full: /acme-[0-9a-f]{32}/,
      minLength: 37,
      maxLength: 37,
      inText: {chars: /[0-9a-f]/, min: 8},
      sample: `acme-${'0123456789abcdef'.repeat(2)}`,
    },
  ],
  byok: true,
  hosts: /\bapi\.acme\.invalid/i,
  apiHost: /^api\.acme\.invalid$/i,
  bannerNames: [],
  textNames: /\bAcme\b/,
  // Its errors come in the OpenAI-compatible shape, which that spec already reads.
  errorBody: null,
  errorTexts: {
    texts: [
      {
        pattern: /Acme key (?:revoked|unknown)/i,
        layers: ['provider-key'],
        action: {advice: 'replace-key', after: 'Acme keys stop working when revoked.'},
        code: 'acme_bad_key',
      },
    ],
  },
  answerFields: {list: 'items', completion: 'reply'},
  diagnose: diagnoseAcme,
  baseUrl: {
    variable: 'ACME_BASE_URL',
    default: 'https://api.acme.invalid/v2',
    expectedHost: {
      pattern: /\.acme\.invalid$/,
      line: (host, variable) => `${variable} points at ${host}, not Acme`,
    },
  },
  defaultModel: 'acme-mini',
  calls: planAcmeCalls,
  models: {names: /^acme-/, family: /^acme-/, small: /tiny/},
} as const satisfies ProviderSpec;
