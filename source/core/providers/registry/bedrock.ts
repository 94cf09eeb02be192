import {bedrockOpenAiRegion, planBedrockCalls} from '../calls/bedrock.js';
import {
  bedrock as diagnose,
  SIGNED_FOR_ANOTHER_ENDPOINT,
  SIGNED_FOR_ANOTHER_ENDPOINT_ACTION,
} from '../diagnose/bedrock.js';
import {type Body, stringAt} from './error-body.js';
import type {ProviderSpec} from './spec.js';

const STATUS_OF_EXCEPTION: Record<string, number> = {
  UnrecognizedClientException: 403,
  InvalidSignatureException: 403,
  ExpiredTokenException: 403,
  AccessDeniedException: 403,
  ValidationException: 400,
  ServiceQuotaExceededException: 400,
  ResourceNotFoundException: 404,
  ThrottlingException: 429,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
};

const AWS_EXCEPTION = new RegExp(
  `\\b(${[...Object.keys(STATUS_OF_EXCEPTION), 'ModelErrorException', 'ModelStreamErrorException', 'ModelTimeoutException'].join('|')})\\b`,
);

/** AWS's error type: the body's `__type`, or an AWS exception a paste names (not a wrapper's). */
function errorType(body: Body, text: string): string | null {
  const fromType = stringAt(body, '__type');
  if (fromType) return fromType.split('#').pop()!.split(':')[0]!;
  return AWS_EXCEPTION.exec(text)?.[1] ?? null;
}

/** `{"Message":…}`, `{"__type":…}`, or a lone message: AWS's JSON error bodies. */
function matches(body: Body): boolean {
  if ('error' in body) return false;
  if ('Message' in body || '__type' in body) return true;
  return typeof body.message === 'string' && Object.keys(body).length <= 2 && !('type' in body);
}

/** The geography an inference profile puts in front of a model id: `us.`, `eu.`, `global.`… */
const GEOGRAPHY = /(?:us|eu|apac|global|jp|au|us-gov)\./;
/** The model vendors on Bedrock, as the first part of a model id: `anthropic.`, `amazon.`… */
const VENDORS = /(?:anthropic|amazon|meta|mistral|cohere|ai21|deepseek)\./;

export const bedrock = {
  id: 'bedrock',
  name: 'AWS Bedrock',
  // A Bedrock API key first; otherwise the access keys (or a profile) the AWS SDK signs with.
  keyVariables: ['AWS_BEARER_TOKEN_BEDROCK', 'AWS_ACCESS_KEY_ID'],
  credentialVariables: [
    'AWS_BEARER_TOKEN_BEDROCK',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
  ],
  keyPage: 'the AWS console > IAM (access keys) or Amazon Bedrock > API keys',
  billingPage: 'the AWS console > Service Quotas > Amazon Bedrock',
  keyShapes: [
    {
      kind: 'bedrock-api-key',
      label: 'Amazon Bedrock API key (ABSK)',
      prefixes: ['ABSK'],
      start: /ABSK/,
      full: /ABSK[A-Za-z0-9+/]{109,269}={0,2}/,
      minLength: 113,
      maxLength: 275,
      inText: {chars: /[A-Za-z0-9+/=]/, min: 40},
      sample: `ABSK${'QmVkcm9jaw+/'.repeat(10)}`,
    },
    {
      kind: 'bedrock-api-key',
      label: 'Amazon Bedrock short-term API key',
      prefixes: ['bedrock-api-key-'],
      start: /bedrock-api-key-/,
      full: /bedrock-api-key-[A-Za-z0-9+/=_.%&-]{20,}/,
      minLength: 36,
      maxLength: 4000,
      inText: {chars: /[A-Za-z0-9+/=_-]/, min: 8},
      sample: `bedrock-api-key-${'YmVkcm9jay5hbWF6b25hd3MuY29t'.repeat(2)}`,
    },
    {
      kind: 'aws-access-key-id',
      label: 'AWS access key id (AKIA/ASIA)',
      prefixes: ['AKIA', 'ASIA'],
      start: /(?:AKIA|ASIA|ABIA|ACCA)/,
      full: /(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}/,
      minLength: 20,
      maxLength: 20,
      // Twenty capitals and digits are a word like any other unless they stand alone.
      inText: 'whole-word',
      sample: 'AKIAQ3EGRAMPLE7X2Z4Y',
    },
  ],
  byok: true,
  credentialChain: [
    {mode: 'bearer', variable: 'AWS_BEARER_TOKEN_BEDROCK'},
    {
      mode: 'sigv4',
      variable: 'AWS_ACCESS_KEY_ID',
      secretVariable: 'AWS_SECRET_ACCESS_KEY',
      sessionVariable: 'AWS_SESSION_TOKEN',
    },
    {mode: 'profile', variable: 'AWS_PROFILE'},
  ],
  cursorField: {
    name: 'AWS Bedrock',
    baseUrlLabel: 'AWS Bedrock base URL',
    stored: {
      in: 'blob',
      state: 'bedrockState',
      toggle: 'useBedrock',
      baseUrl: null,
      key: 'secretKey',
      pairedWith: 'accessKey',
    },
  },
  // A Bedrock API key also works in the OpenAI field with Bedrock's OpenAI-compatible endpoint.
  ridesField: {
    field: 'openai',
    baseUrl: 'https://bedrock-runtime.<region>.amazonaws.com/openai/v1',
    reaches: (url) => {
      const region = bedrockOpenAiRegion(url);
      return region ? `Bedrock in ${region}` : null;
    },
  },
  hosts: /\bbedrock[\w.-]{0,200}\.amazonaws\.com|\bbedrock-mantle\.|coral\/com\.amazon\.bedrock/i,
  apiHost: /^bedrock-runtime\.[\w-]+\.amazonaws\.com$/i,
  ownDomains: /(?:^|\.)(?:amazonaws\.com|api\.aws)$/i,
  regionalHost: {
    host: /^bedrock(?:-runtime|-agent-runtime|-mantle)?(?:-fips)?\.([\w-]{1,40})\.amazonaws\.com$/i,
    // The commercial and GovCloud regions AWS lists (docs.aws.amazon.com/global-infrastructure/
    // latest/regions/aws-region-billing-codes.html, late 2026); `us-west-3` has a region's shape
    // and no region (z-bedrock-3). A region added later reads as the endpoint first, the network
    // second, never as no cause.
    region:
      /^(?:us-(?:east|west)-[12]|us-gov-(?:east|west)-1|us-iso[a-z]?-(?:east|west)-1|ca-(?:central|west)-1|mx-central-1|sa-east-1|af-south-1|ap-(?:east-[12]|south-[12]|northeast-[1-3]|southeast-[1-7])|eu-(?:central-[12]|west-[1-3]|south-[12]|north-1)|il-central-1|me-(?:south|central)-1)$/i,
  },
  // AWS's own exception names say Bedrock too, when the message after them is all that is left.
  errorBody: {
    matches,
    impliedStatus: (body, text) => STATUS_OF_EXCEPTION[errorType(body, text) ?? ''] ?? null,
    // AWS sends the error type as a header, which a paste keeps only in the body or its text.
    lostHeaders: (body, text): Record<string, string> => {
      const type = errorType(body, text);
      return type ? {'x-amzn-errortype': type} : {};
    },
  },
  bannerNames: [],
  textNames:
    /\bBedrock\b|\bbotocore\b|\b(?:AccessDenied|Throttling|UnrecognizedClient|ServiceQuotaExceeded|Model(?:Timeout|Error|NotReady))Exception\b/i,
  errorTexts: {
    texts: [
      {
        pattern: /Invalid API Key format/i,
        layers: ['provider-key', 'provider-permission'],
        action:
          'Either this is not a Bedrock API key (those start with ABSK, or bedrock-api-key- for short-term keys), or the IAM identity behind a well-formed key lacks bedrock:CallWithBearerToken, which Bedrock reports in these words too: check the prefix, then the permission.',
      },
      {
        pattern: SIGNED_FOR_ANOTHER_ENDPOINT,
        layers: ['base-url'],
        action: SIGNED_FOR_ANOTHER_ENDPOINT_ACTION,
      },
      {
        pattern:
          /UnrecognizedClientException|security token included in the request is invalid|InvalidSignatureException|signature we calculated does not match|ExpiredTokenException|security token included in the request is expired|make sure your API Key is valid/i,
        layers: ['provider-key', 'base-url'],
        action:
          'The AWS credentials are wrong or expired: refresh them (aws sso login, a new access key or Bedrock API key), and check AWS_REGION matches the key.',
      },
      {
        // The SDK found no credentials at all: nothing was signed, so nothing said more.
        pattern:
          /Could not load credentials from any providers|Unable to locate credentials|NoCredentialsError|CredentialsProviderError/i,
        layers: ['provider-key'],
        action:
          'No AWS credentials were found where the request runs: run aws sso login or aws configure, set AWS_PROFILE (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), or paste a Bedrock API key.',
      },
      {
        pattern: /not authorized to perform:? bedrock:CallWithBearerToken/i,
        layers: ['provider-permission'],
        action:
          'IAM denies the use of Bedrock API keys to this identity: allow bedrock:CallWithBearerToken for the IAM user or role behind the key.',
        code: 'AccessDeniedException',
      },
      {
        pattern:
          /is not authorized to perform|aws-marketplace|use case details have not been submitted/i,
        layers: ['provider-permission'],
        action:
          "Grant bedrock:InvokeModel (and the Marketplace subscription actions) to this IAM identity, or submit the model's use-case form in the Bedrock console.",
        code: 'AccessDeniedException',
      },
      {
        // Access to a model is granted to an identity (IAM, Marketplace): a permission first.
        pattern: /(?:don't|do not) have access to the model/i,
        layers: ['provider-permission', 'model'],
        action:
          'This identity may not use that model: allow bedrock:InvokeModel (and the Marketplace subscription actions) for it, check the region, and make sure the intended AWS profile is the one in use.',
        code: 'AccessDeniedException',
      },
      {
        pattern:
          /ResourceNotFoundException|at 'modelId'|inference profile|provided model identifier is invalid|reached the end of its life|marked by provider as Legacy/i,
        layers: ['model'],
        action:
          'Enable the model under Amazon Bedrock > Model access, and call it by an inference profile id (us./eu./global. prefix) where required.',
      },
      {
        // The exception's name alone, when the message after it was cut off: IAM or model access.
        pattern: /\bAccessDeniedException\b/,
        layers: ['provider-permission', 'model'],
        action:
          'Bedrock denied this identity: allow bedrock:InvokeModel for it in IAM, and enable the model under Amazon Bedrock > Model access in this region.',
        code: 'AccessDeniedException',
      },
      {
        pattern: /ServiceQuotaExceededException/i,
        layers: ['quota'],
        action: {advice: 'add-credit'},
        code: 'ServiceQuotaExceededException',
      },
      {
        pattern: /ThrottlingException|Too many (?:tokens|requests)(?: per day)?, please wait/i,
        layers: ['rate-limit', 'quota'],
        action: {advice: 'wait'},
        code: 'ThrottlingException',
      },
      {
        pattern:
          /ServiceUnavailableException|InternalServerException|Model(?:Stream)?ErrorException|ModelTimeoutException|ModelNotReadyException/i,
        layers: ['provider-outage'],
        action: 'Bedrock is failing for this model. Wait and retry; nothing to fix on your side.',
      },
    ],
  },
  answerFields: {list: 'modelSummaries', completion: 'output'},
  diagnose,
  // The calls go to the Region's hosts unless this (or another AWS_ENDPOINT_URL…) is set.
  baseUrl: {variable: 'AWS_ENDPOINT_URL_BEDROCK', default: null},
  defaultModel: 'amazon.nova-micro-v1:0',
  calls: planBedrockCalls,
  models: {
    small: /micro|lite/,
    names: new RegExp(`^(?:${GEOGRAPHY.source})?${VENDORS.source}`),
    family: new RegExp(`^${VENDORS.source}`),
    prefix: new RegExp(`^${GEOGRAPHY.source}`),
  },
} as const satisfies ProviderSpec;
