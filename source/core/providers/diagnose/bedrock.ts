// Bedrock: the AWS exception name, from x-amzn-errortype or the body.
import {field, NO_ROTATE, outage, rateLimited, text, unexpected} from './common.js';
import type {Reading, Verdict} from './common.js';

/** Signed for a region or service the endpoint does not serve: where it went, not the key (s-bedrock-5). */
export const SIGNED_FOR_ANOTHER_ENDPOINT =
  /Credential should be scoped to (?:a valid region|correct service)/i;

export const SIGNED_FOR_ANOTHER_ENDPOINT_ACTION =
  'The request was signed for another region or service than the endpoint it went to: set AWS_REGION (or the region in the Bedrock endpoint) to one where Bedrock runs and the model is enabled.';

function bedrockCode(
  headers: Readonly<Record<string, string>>,
  json: unknown,
  message: string,
): string | null {
  const header = headers['x-amzn-errortype'];
  if (header) return header.split(':')[0] ?? null;
  const type = text(field(json, '__type')) || text(field(json, 'code'));
  if (type) return type.split('#').at(-1) ?? null;
  // A body that lost its type (a wrapper kept only {"message":…}) still says which one it was.
  return CODE_OF_MESSAGE.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

const CODE_OF_MESSAGE: readonly (readonly [RegExp, string])[] = [
  [/security token included in the request is invalid/i, 'UnrecognizedClientException'],
  [/security token included in the request is expired/i, 'ExpiredTokenException'],
  [/signature we calculated does not match/i, 'InvalidSignatureException'],
];

const BEDROCK_KEY_PREFIXES = ['ABSK', 'bedrock-api-key-'];

/**
 * "Invalid API Key format: Must start with pre-defined prefix" also comes back for a correctly
 * minted key whose IAM principal lacks bedrock:CallWithBearerToken, so a key with the right
 * prefix is not called malformed.
 */
function keyFormatRefused(code: string | null, keyPrefix: string): Verdict {
  const permission =
    'the IAM identity that made the key lacks bedrock:CallWithBearerToken (allow it; a deny on either of its two endpoints also blocks keys)';
  if (BEDROCK_KEY_PREFIXES.includes(keyPrefix)) {
    return {
      layer: 'provider-permission',
      code,
      alsoPossible: ['provider-key'],
      action: `The key starts with ${keyPrefix} as a Bedrock API key should, so it is probably not malformed: Bedrock says this when ${permission}. If the permission is there, generate a new key.`,
    };
  }
  return {
    layer: 'provider-key',
    code,
    alsoPossible: ['provider-permission'],
    action: `Either this is not a Bedrock API key (those start with ABSK, or bedrock-api-key- for short-term keys: generate one in the Bedrock console), or ${permission}.`,
  };
}

export function bedrock({status, json, message, retry, headers, keyPrefix}: Reading): Verdict {
  const code = bedrockCode(headers, json, message);
  if (/Invalid API Key format/i.test(message)) return keyFormatRefused(code ?? '403', keyPrefix);
  if (/bedrock:CallWithBearerToken/i.test(message)) {
    return {
      layer: 'provider-permission',
      code,
      action:
        'IAM denies the use of Bedrock API keys to this identity: allow bedrock:CallWithBearerToken for the IAM user or role behind the key.',
    };
  }
  if (SIGNED_FOR_ANOTHER_ENDPOINT.test(message)) {
    return {layer: 'base-url', code, action: SIGNED_FOR_ANOTHER_ENDPOINT_ACTION};
  }
  switch (code) {
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'SignatureDoesNotMatch':
    case 'IncompleteSignatureException':
    case 'MissingAuthenticationTokenException':
    case 'InvalidClientTokenId':
      return {
        layer: 'provider-key',
        code,
        action:
          code === 'InvalidSignatureException' || code === 'SignatureDoesNotMatch'
            ? 'The secret access key does not belong to the access key id: copy both again from the same IAM key.'
            : 'AWS does not recognise the access key (deleted, inactive or mistyped): create a new IAM access key.',
      };
    case 'ExpiredTokenException':
      return {
        layer: 'provider-key',
        code,
        action:
          'The temporary credentials have expired: refresh them (aws sso login, or new STS credentials).',
      };
    case 'AccessDeniedException':
      if (/access to the model/i.test(message)) {
        return {
          layer: 'provider-permission',
          code,
          action:
            'This identity may not use that model: allow bedrock:InvokeModel (and the Marketplace subscription actions) for it, check the region, and that the intended AWS profile is the one in use.',
          alsoPossible: ['model'],
        };
      }
      return {
        layer: 'provider-permission',
        code,
        action: /aws-marketplace/i.test(message)
          ? 'The identity cannot subscribe to the model in AWS Marketplace: grant aws-marketplace:Subscribe/ViewSubscriptions, then retry after 5 minutes.'
          : 'IAM denies the action: allow bedrock:InvokeModel (and bedrock:ListFoundationModels) for this identity.',
      };
    case 'ValidationException':
      if (/inference profile/i.test(message)) {
        return {
          layer: 'model',
          code,
          action:
            'This model needs an inference profile id: use e.g. us.<model id> instead of the bare model id.',
        };
      }
      if (/model identifier is invalid|model/i.test(message)) {
        return {
          layer: 'model',
          code,
          action: 'The model id is not valid in this region: check it in the Bedrock console.',
        };
      }
      // An operation this endpoint does not serve (the control-plane host for a runtime call).
      if (/operation is not recognized/i.test(message)) {
        return {
          layer: 'base-url',
          code,
          action:
            'That endpoint does not serve this operation: model calls go to bedrock-runtime.<region>.amazonaws.com, not bedrock.<region>.amazonaws.com; update the SDK or set the runtime endpoint.',
        };
      }
      // The input fails Bedrock's constraints: this request as built (AWS's meaning of the code).
      return {
        layer: 'request',
        code,
        action: `Bedrock refused this request as built: ${message.slice(0, 160).replace(/[\s.]+$/, '')}. Start a new chat, or turn off the option or attachment it names; the key is fine.`,
      };
    case 'ResourceNotFoundException':
      return {
        layer: 'model',
        code,
        action: /use case/i.test(message)
          ? "Submit the model's use-case form in the Bedrock console (Model access)."
          : 'That model is not available (end of life or not in this region): pick another model.',
      };
    case 'ThrottlingException':
      if (/per day/i.test(message)) {
        return {
          layer: 'quota',
          code,
          action: `The daily token quota is used up: wait for the reset or ask for a quota increase in Service Quotas. ${NO_ROTATE}`,
          retryAfterSeconds: retry,
        };
      }
      return rateLimited(retry, code, 'Bedrock throttles this account and model');
    case 'ServiceQuotaExceededException':
      return {
        layer: 'quota',
        code,
        action: `A service quota is exceeded: request an increase in Service Quotas. ${NO_ROTATE}`,
      };
    case 'ServiceUnavailableException':
    case 'InternalServerException':
    case 'ModelErrorException':
    case 'ModelStreamErrorException':
    case 'ModelTimeoutException':
    case 'ModelNotReadyException':
      return outage(code, retry);
  }
  if (status === 403 && /API Key/i.test(message)) {
    return {
      layer: 'provider-key',
      code: code ?? '403',
      action:
        'Bedrock rejects the API key (invalid, expired, or a short-term key made for another Region): generate a new one.',
    };
  }
  if (status === 403)
    return {
      layer: 'provider-permission',
      code,
      action: 'AWS denies the request: check IAM and the region.',
    };
  if (status === 429) return rateLimited(retry, code, 'Bedrock throttles this account');
  if (status >= 500) return outage(code ?? String(status), retry);
  return unexpected('Bedrock', status, code, message);
}
