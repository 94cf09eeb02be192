// Azure OpenAI: the error code, with deployments in place of models.
import {
  field,
  NO_ROTATE,
  outage,
  rateLimited,
  retryFromMessage,
  text,
  unexpected,
} from './common.js';
import type {Reading, Verdict} from './common.js';

export function azure({status, json, message, retry}: Reading): Verdict {
  const code = text(field(json, 'error', 'code')) || null;
  if (status === 401) {
    if (code === 'PermissionDenied' || /lacks the required data action/i.test(message)) {
      return {
        layer: 'provider-permission',
        code,
        action:
          'The identity lacks the Cognitive Services OpenAI User role on the resource: grant it in Azure IAM.',
      };
    }
    return {
      layer: 'provider-key',
      code: code ?? '401',
      action:
        "Azure rejects the key for this endpoint: copy Key 1 from the resource's Keys and Endpoint page, and check that AZURE_OPENAI_ENDPOINT is that same resource.",
      alsoPossible: ['base-url'],
    };
  }
  if (status === 403 && /private endpoint|public access/i.test(message)) {
    // Where the call comes from, not who makes it: Cursor's servers never reach a private endpoint.
    return {
      layer: 'base-url',
      code,
      action:
        "The resource only accepts traffic from its private endpoint or allowed networks, and Cursor calls from its own servers: enable public access (or allow the caller's IP range) for a Cursor endpoint; from your own code, call from inside that network.",
      alsoPossible: ['network'],
    };
  }
  if (status === 403) {
    return {
      layer: 'provider-permission',
      code,
      action: 'The key is valid but not allowed: check the resource network rules and roles.',
    };
  }
  if (status === 404) {
    if (code === 'DeploymentNotFound' || /deployment/i.test(message)) {
      return {
        layer: 'model',
        code: code ?? 'DeploymentNotFound',
        action:
          'No deployment of that name in this resource: use the deployment name (not the model name), or create it.',
      };
    }
    return {
      layer: 'base-url',
      code: code ?? '404',
      action: 'Resource not found: check AZURE_OPENAI_ENDPOINT and OPENAI_API_VERSION.',
    };
  }
  if (status === 429) {
    const wait = retry ?? retryFromMessage(message);
    if ((wait !== null && wait >= 3600) || /aka\.ms\/429TrialUpgrade|Free Account/i.test(message)) {
      return {
        layer: 'quota',
        code: code ?? '429',
        action: `The deployment's quota is used up for the day (retry after ${wait ?? '?'} s): raise its TPM quota in Azure AI Foundry or upgrade the subscription. ${NO_ROTATE}`,
        retryAfterSeconds: wait,
      };
    }
    return rateLimited(wait, code ?? '429', "the deployment's tokens-per-minute limit");
  }
  if (status >= 500) return outage(code ?? String(status), retry);
  return unexpected('Azure', status, code, message);
}
