// SigV4 against values the project's signer did not compute: AWS's published signature test suite
// (aws-sig-v4-test-suite: get-vanilla, post-vanilla, get-vanilla-query-order-key-case,
// post-x-www-form-urlencoded), and a Bedrock request whose model id carries a `:`, checked
// against a canonical request written out by hand from the SigV4 rules and signed here with
// node:crypto alone.
import {createHash, createHmac} from 'node:crypto';
import {describe, expect, test} from 'vitest';
import {encodePath, signV4} from '../../source/core/providers/sigv4.js';

// The test suite's credentials and clock.
const SUITE = {
  credentials: {
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  },
  now: new Date('2015-08-30T12:36:00Z'),
  region: 'us-east-1',
  service: 'service',
};
const SCOPE = 'Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request';

interface SuiteCase {
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  authorization: string;
}

describe('AWS Signature Version 4 test suite', () => {
  const cases: SuiteCase[] = [
    {
      name: 'get-vanilla',
      method: 'GET',
      url: 'https://example.amazonaws.com/',
      headers: {},
      body: '',
      authorization: `AWS4-HMAC-SHA256 ${SCOPE}, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31`,
    },
    {
      name: 'post-vanilla',
      method: 'POST',
      url: 'https://example.amazonaws.com/',
      headers: {},
      body: '',
      authorization: `AWS4-HMAC-SHA256 ${SCOPE}, SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b`,
    },
    {
      name: 'get-vanilla-query-order-key-case',
      method: 'GET',
      url: 'https://example.amazonaws.com/?Param2=value2&Param1=value1',
      headers: {},
      body: '',
      authorization: `AWS4-HMAC-SHA256 ${SCOPE}, SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500`,
    },
    {
      name: 'post-x-www-form-urlencoded',
      method: 'POST',
      url: 'https://example.amazonaws.com/',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: 'Param1=value1',
      authorization: `AWS4-HMAC-SHA256 ${SCOPE}, SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a`,
    },
  ];
  for (const vector of cases) {
    test(vector.name, () => {
      const signed = signV4({...SUITE, ...vector});
      expect(signed['x-amz-date']).toBe('20150830T123600Z');
      expect(signed.authorization).toBe(vector.authorization);
    });
  }
});

describe('a Bedrock model id with a colon', () => {
  const model = 'anthropic.claude-3-5-sonnet-20241022-v2:0';
  const host = 'bedrock-runtime.us-east-1.amazonaws.com';
  const body = '{"messages":[{"role":"user","content":[{"text":"hi"}]}]}';

  test('goes on the wire encoded once, and is signed encoded twice', () => {
    const path = encodePath(['model', model, 'converse']);
    expect(path).toBe('/model/anthropic.claude-3-5-sonnet-20241022-v2%3A0/converse');

    // Written out from the SigV4 rules: every path segment of a non-S3 request is encoded a
    // second time in the canonical request, so `%3A` becomes `%253A`.
    const canonicalRequest = [
      'POST',
      '/model/anthropic.claude-3-5-sonnet-20241022-v2%253A0/converse',
      '',
      'content-type:application/json',
      `host:${host}`,
      'x-amz-date:20150830T123600Z',
      '',
      'content-type;host;x-amz-date',
      createHash('sha256').update(body).digest('hex'),
    ].join('\n');
    const stringToSign = [
      'AWS4-HMAC-SHA256',
      '20150830T123600Z',
      '20150830/us-east-1/bedrock/aws4_request',
      createHash('sha256').update(canonicalRequest).digest('hex'),
    ].join('\n');
    const hmac = (key: string | Buffer, data: string) =>
      createHmac('sha256', key).update(data).digest();
    const signingKey = hmac(
      hmac(
        hmac(hmac(`AWS4${SUITE.credentials.secretAccessKey}`, '20150830'), 'us-east-1'),
        'bedrock',
      ),
      'aws4_request',
    );
    const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');

    const signed = signV4({
      ...SUITE,
      service: 'bedrock',
      method: 'POST',
      url: `https://${host}${path}`,
      headers: {'content-type': 'application/json'},
      body,
    });
    expect(signed.authorization).toBe(
      `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/bedrock/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${signature}`,
    );
  });
});
