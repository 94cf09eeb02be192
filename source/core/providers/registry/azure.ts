import {planAzureCalls} from '../calls/azure.js';
import {azure as diagnose} from '../diagnose/azure.js';
import {errorOf} from './error-body.js';
import type {ProviderSpec} from './spec.js';

export const azure = {
  id: 'azure',
  name: 'Azure OpenAI',
  keyVariables: ['AZURE_OPENAI_API_KEY'],
  credentialVariables: ['AZURE_OPENAI_API_KEY'],
  keyPage: 'the Azure portal > your OpenAI resource > Keys and Endpoint',
  billingPage: 'https://aka.ms/oai/quotaincrease',
  keyShapes: [
    {
      kind: 'api-key',
      label: 'Azure OpenAI key (84-character)',
      prefixes: [],
      start: /[A-Za-z0-9]{52}JQQJ99/,
      full: /[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?/,
      minLength: 84,
      maxLength: 88,
      inText: {chars: /[A-Za-z0-9=]/, min: 18, wordStart: true},
      sample: `${'Az9q'.repeat(13)}JQQJ99bC${'Ac0G'.repeat(4)}d${'e1'.repeat(3)}f`,
    },
    {
      kind: 'api-key',
      label: 'Azure OpenAI key (32 hex)',
      prefixes: [],
      // Nothing at its start tells it apart: only a whole key of 32 hex characters is one.
      full: /[a-f0-9]{32}/,
      minLength: 32,
      maxLength: 32,
      inText: 'whole-word',
      sample: '0123456789abcdef'.repeat(2),
    },
  ],
  byok: true,
  cursorField: {
    name: 'Azure OpenAI',
    baseUrlLabel: 'Azure OpenAI base URL',
    stored: {
      in: 'blob',
      state: 'azureState',
      toggle: 'useAzure',
      baseUrl: 'baseUrl',
      key: 'apiKey',
    },
  },
  hosts: /openai\.azure\.com|\bcognitiveservices\.azure\.com|\bservices\.ai\.azure\.com/i,
  // Each resource has its own host.
  apiHost: null,
  bannerNames: [],
  textNames: /\bAzure(?:OpenAI| OpenAI|Exception)?\b/,
  narrows: 'openai',
  errorBody: {
    // The status as a string code (`"code":"429"`), or a deployment code.
    matches: (body) => {
      const code = errorOf(body)?.code;
      return typeof code === 'string' && (/^\d{3}$/.test(code) || /^Deployment/.test(code));
    },
    impliedStatus: () => null,
  },
  errorTexts: {
    texts: [
      {
        pattern: /invalid subscription key or wrong API endpoint/i,
        layers: ['provider-key', 'base-url'],
        action:
          'Use a key of this very resource (Keys and Endpoint in the Azure portal) and its own endpoint, https://<resource>.openai.azure.com.',
        code: '401',
      },
      {
        pattern: /DeploymentNotFound|API deployment for this resource does not exist/i,
        layers: ['model', 'base-url'],
        action:
          'Use the deployment name (not the model name) exactly as in Azure AI Foundry > Deployments; a new deployment needs about 5 minutes.',
        code: 'DeploymentNotFound',
      },
      {
        // Read before the request words they come with ("… is not supported by the model").
        pattern: /\b(?:DeploymentModelNotSupported|ServiceModelDeprecated)\b/,
        layers: ['model'],
        action:
          'Azure does not deploy this model (or this version of it) any more: pick a newer model or version for the deployment.',
        code: 'DeploymentModelNotSupported',
      },
      {
        pattern: /Please retry after (\d{4,}) seconds/i,
        layers: ['quota'],
        action:
          'The Azure quota is exhausted for the day or set to zero: raise it at https://aka.ms/oai/quotaincrease.',
        code: '429',
      },
      {
        pattern: /exceeded (?:the )?(?:token|call) rate limit|Please retry after \d+ seconds/i,
        layers: ['rate-limit', 'quota'],
        action: {
          advice: 'wait',
          after:
            "Raise the deployment's TPM at https://aka.ms/oai/quotaincrease if it keeps happening.",
        },
        code: '429',
      },
      {
        // Cursor calls the endpoint from its own servers, which never reach a private endpoint.
        pattern: /approved private endpoint|Public access is disabled|configure private endpoint/i,
        layers: ['base-url', 'network'],
        action:
          "The Azure resource takes traffic only through its private endpoint. Cursor calls it from its own servers, which cannot use one: enable public access (or allow the caller's IP range) and use the public endpoint; from your own code, call from inside that network so the host resolves to the private address.",
      },
      {
        pattern: /lacks the required data action/i,
        layers: ['provider-permission'],
        action:
          'The Azure identity lacks the data action for this call: assign it the Cognitive Services OpenAI User role on the resource.',
      },
      {
        pattern:
          /OPENAI_API_VERSION environment variable is missing|Must provide one of the `baseURL` or `endpoint`/i,
        layers: ['base-url'],
        action:
          'Set AZURE_OPENAI_ENDPOINT and OPENAI_API_VERSION (e.g. 2024-10-21), or use the v1 base URL https://<resource>.openai.azure.com/openai/v1/.',
      },
    ],
  },
  answerFields: {list: 'data', completion: 'choices'},
  diagnose,
  baseUrl: {
    variable: 'AZURE_OPENAI_ENDPOINT',
    default: null,
    expectedHost: {
      pattern: /\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i,
      line: (host, variable) =>
        `${variable} host ${host} is not an Azure OpenAI host (*.openai.azure.com)`,
    },
    unresolved: 'For Azure, check the resource name in AZURE_OPENAI_ENDPOINT.',
  },
  // The completion goes to the person's deployment.
  defaultModel: null,
  calls: planAzureCalls,
  models: {
    names: null,
    family: null,
    deployments: {variable: 'AZURE_OPENAI_DEPLOYMENT', namedAfter: 'openai'},
  },
} as const satisfies ProviderSpec;
