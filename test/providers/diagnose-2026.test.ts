// The provider answers of 2026 (reference providers.md P1–P5), each from its cited real text via
// the mock bodies, through the same diagnosis the live checks and `classify` use.
import {describe, expect, test} from 'vitest';
import {diagnoseCursorError} from '../../source/core/cursor/cursor-errors.js';
import {
  shortTermKeyRegion,
  shortTermRegionProblem,
} from '../../source/core/providers/bedrock-short-term.js';
import {
  diagnoseProviderResponse,
  type ProviderResponse,
} from '../../source/core/providers/diagnose-response.js';
import {detectKeyFormat, publicPrefix} from '../../source/core/providers/key-format.js';
import {scrub} from '../../source/core/secrets.js';
import {ANTHROPIC, BEDROCK, GATEWAY, GEMINI, OPENAI} from '../helpers/mock-providers/bodies.js';
import {synthetic} from '../helpers/mock-providers/keys.js';

const diagnose = (input: Omit<ProviderResponse, 'headers'> & {headers?: Record<string, string>}) =>
  diagnoseProviderResponse({headers: {}, ...input});

describe('Gemini: the retirement of standard keys (P1)', () => {
  const rejected = (keyPrefix?: string) =>
    diagnose({provider: 'google', status: 401, body: GEMINI.accessTokenTypeUnsupported, keyPrefix});

  test('an AIza key refused with ACCESS_TOKEN_TYPE_UNSUPPORTED needs a new AQ. key, not OAuth', () => {
    const found = rejected('AIza');
    expect(found).toMatchObject({
      layer: 'provider-key',
      step: 7,
      code: 'ACCESS_TOKEN_TYPE_UNSUPPORTED',
    });
    expect(found.action).toContain('Google no longer accepts this kind of key');
    expect(found.action).toContain('AQ.');
    expect(found.action).not.toMatch(/log ?in|OAuth 2 access token/i);
  });

  test('an AQ. key refused the same way is a binding or paste problem, with its own fix', () => {
    const found = rejected('AQ.');
    expect(found).toMatchObject({layer: 'provider-key', alsoPossible: ['provider-permission']});
    expect(found.action).toMatch(/bound|propagate/);
    expect(found.action).not.toContain('no longer accepts');
  });

  test('with the key unknown (a pasted text) both readings are named', () => {
    expect(rejected().action).toMatch(/AIza[\s\S]*AQ\./);
  });

  test('403 API_KEY_SERVICE_BLOCKED: the key is restricted to other APIs', () => {
    const found = diagnose({provider: 'google', status: 403, body: GEMINI.serviceBlocked});
    expect(found).toMatchObject({layer: 'provider-permission', code: 'API_KEY_SERVICE_BLOCKED'});
    expect(found.action).toContain('Generative Language API');
  });

  test('400 "Multiple authentication credentials received" is not a bad key', () => {
    const found = diagnose({provider: 'google', status: 400, body: GEMINI.multipleCredentials});
    expect(found).toMatchObject({layer: 'request', alsoPossible: ['base-url']});
    expect(found.action).toMatch(/one way only/);
  });

  test('the new "API Key not found" wording is still an invalid key', () => {
    expect(diagnose({provider: 'google', status: 400, body: GEMINI.keyNotFound})).toMatchObject({
      layer: 'provider-key',
      code: 'API_KEY_INVALID',
    });
  });

  test('AQ. keys are recognised as Google keys and scrubbed like AIza keys', () => {
    const key = synthetic.googleAuth();
    expect(detectKeyFormat(key)).toMatchObject({provider: 'google', prefix: 'AQ.', exact: true});
    expect(publicPrefix(key)).toBe('AQ.');
    expect(scrub(`x-goog-api-key: ${key}`)).not.toContain(key.slice(3, 20));
  });
});

describe('OpenAI (P2)', () => {
  test('a restricted key: matched on the "Missing scopes" text, code null, scope named', () => {
    const found = diagnose({provider: 'openai', status: 401, body: OPENAI.missingResponsesScope});
    expect(found).toMatchObject({layer: 'provider-permission', code: null});
    expect(found.action).toContain('api.responses.write');
    const chat = diagnose({provider: 'openai', status: 401, body: OPENAI.missingScope});
    expect(chat.action).toContain('model.request');
  });

  test('403 model_not_found ("Project … does not have access to model") is a model problem', () => {
    const found = diagnose({
      provider: 'openai',
      status: 403,
      body: OPENAI.projectModelAccess('gpt-4o-mini'),
    });
    expect(found).toMatchObject({layer: 'model', step: 8, code: 'model_not_found'});
  });

  test('401 account_deactivated is a permission problem, not a bad key', () => {
    const found = diagnose({provider: 'openai', status: 401, body: OPENAI.accountDeactivated});
    expect(found).toMatchObject({layer: 'provider-permission', code: 'account_deactivated'});
  });

  test('sk-None- keys are OpenAI keys of a known kind', () => {
    const key = synthetic.openaiNoProject();
    expect(detectKeyFormat(key)).toMatchObject({provider: 'openai', exact: true});
    expect(detectKeyFormat(key).label).toContain('sk-None-');
    expect(publicPrefix(key)).toBe('sk-None-');
  });
});

describe('Anthropic (P3)', () => {
  test('402 billing_error is quota', () => {
    expect(diagnose({provider: 'anthropic', status: 402, body: ANTHROPIC.billing})).toMatchObject({
      layer: 'quota',
      code: 'billing_error',
    });
  });

  test('a spend limit you set answers 400: quota, never a rate limit', () => {
    const found = diagnose({
      provider: 'anthropic',
      status: 400,
      body: ANTHROPIC.workspaceSpendLimit,
    });
    expect(found).toMatchObject({layer: 'quota', step: 9, retryAfterSeconds: null});
  });

  test('the tier cap, 429 enforced_spend_limit_reached without retry-after: quota, no wait', () => {
    const found = diagnose({provider: 'anthropic', status: 429, body: ANTHROPIC.spendLimit});
    expect(found).toMatchObject({
      layer: 'quota',
      code: 'enforced_spend_limit_reached',
      retryAfterSeconds: null,
    });
    expect(found.action).toMatch(/first day of next month/);
  });

  test('a 401 says the key may have expired', () => {
    const found = diagnose({provider: 'anthropic', status: 401, body: ANTHROPIC.invalid});
    expect(found).toMatchObject({layer: 'provider-key'});
    expect(found.action).toMatch(/expired/);
  });
});

describe('Bedrock (P5)', () => {
  const keyFormat = BEDROCK.keyFormat();
  const refused = (keyPrefix: string) => diagnose({provider: 'bedrock', ...keyFormat, keyPrefix});

  test('"Invalid API Key format" for a key with the right prefix points at CallWithBearerToken', () => {
    for (const prefix of ['ABSK', 'bedrock-api-key-']) {
      const found = refused(prefix);
      expect(found).toMatchObject({layer: 'provider-permission', alsoPossible: ['provider-key']});
      expect(found.action).toContain('bedrock:CallWithBearerToken');
      expect(found.action).toContain('probably not malformed');
    }
  });

  test('the same answer for a key without a Bedrock prefix names both causes', () => {
    const found = refused('');
    expect(found).toMatchObject({layer: 'provider-key', alsoPossible: ['provider-permission']});
    expect(found.action).toMatch(/ABSK[\s\S]*CallWithBearerToken/);
  });

  test('"not authorized to perform: bedrock:CallWithBearerToken" is a permission', () => {
    const found = diagnose({provider: 'bedrock', ...BEDROCK.noBearerPermission()});
    expect(found).toMatchObject({layer: 'provider-permission'});
    expect(found.action).toContain('bedrock:CallWithBearerToken');
  });

  // A short-term key is `bedrock-api-key-` + base64 of a presigned URL whose credential scope
  // names its Region (AWS Bedrock user guide, "API keys", 2026); this one is synthetic.
  const presigned =
    'bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAEXAMPLEEXAMPLE00%2F20261201%2Feu-west-1%2Fbedrock%2Faws4_request&X-Amz-Date=20261201T000000Z&X-Amz-Expires=43200&X-Amz-SignedHeaders=host&X-Amz-Signature=0000&Version=1';
  const shortTerm = `bedrock-api-key-${Buffer.from(presigned).toString('base64')}`;

  test('a short-term key names its own Region', () => {
    expect(shortTermKeyRegion(shortTerm)).toBe('eu-west-1');
    expect(shortTermKeyRegion(synthetic.bedrockApiKey())).toBeNull();
    expect(detectKeyFormat(shortTerm)).toMatchObject({provider: 'bedrock', exact: true});
  });

  test('used outside its Region it is its own finding; inside it, none', () => {
    expect(shortTermRegionProblem(shortTerm, 'us-east-1')).toMatchObject({
      layer: 'provider-permission',
      code: 'short-term-key-region',
    });
    expect(shortTermRegionProblem(shortTerm, 'us-east-1')?.action).toContain(
      'AWS_REGION=eu-west-1',
    );
    expect(shortTermRegionProblem(shortTerm, 'eu-west-1')).toBeNull();
  });
});

describe("gateways behind a custom base URL rejecting Cursor's Responses-shaped input", () => {
  test("Helicone's answer is a base-url problem explained by the request shape", () => {
    const found = diagnose({provider: 'openai', status: 400, body: GATEWAY.messagesRequired});
    expect(found).toMatchObject({layer: 'base-url', step: 8, alsoPossible: ['request']});
    expect(found.action).toContain('`input`');
    expect(found.action).toContain('/chat/completions');
  });

  test("the same answer relayed inside a Cursor error, and another gateway's wording", () => {
    expect(diagnoseCursorError(GATEWAY.inCursor)).toMatchObject({layer: 'base-url'});
    // CursorLens answered 500 for the same reason.
    expect(diagnose({provider: 'openai', status: 500, body: GATEWAY.coreMessage}).layer).toBe(
      'base-url',
    );
    expect(diagnoseCursorError(GATEWAY.coreMessage)).toMatchObject({layer: 'base-url'});
  });
});
