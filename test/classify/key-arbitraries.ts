// fast-check generators for a key of every shape source/core/secrets.ts knows, so the property
// tests prove that no format survives into classify's answer or a report.
import fc from 'fast-check';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = `${ALNUM}_-`;
const HEX = '0123456789abcdef';
const BASE32ISH = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = `${ALNUM}+/`;

const run = (alphabet: string, length: number) =>
  fc
    .array(fc.constantFrom(...alphabet.split('')), {minLength: length, maxLength: length})
    .map((chars) => chars.join(''));

export const KEY_FORMATS = {
  openaiProject: fc
    .tuple(run(URLSAFE, 74), run(URLSAFE, 74))
    .map(([a, b]) => `sk-proj-${a}T3BlbkFJ${b}`),
  openaiLegacy: fc.tuple(run(ALNUM, 20), run(ALNUM, 20)).map(([a, b]) => `sk-${a}T3BlbkFJ${b}`),
  openaiAdmin: fc
    .tuple(run(URLSAFE, 58), run(URLSAFE, 58))
    .map(([a, b]) => `sk-admin-${a}T3BlbkFJ${b}`),
  anthropic: run(URLSAFE, 93).map((body) => `sk-ant-api03-${body}AA`),
  anthropicOauth: run(URLSAFE, 95).map((body) => `sk-ant-oat01-${body}`),
  openrouter: run(HEX, 64).map((body) => `sk-or-v1-${body}`),
  gemini: run(URLSAFE, 35).map((body) => `AIza${body}`),
  geminiAuthKey: run(URLSAFE, 40).map((body) => `AQ.${body}`),
  cursorKey: run(HEX, 64).map((body) => `key_${body}`),
  cursorCrsr: run(URLSAFE, 40).map((body) => `crsr_${body}`),
  awsAccessKey: run(BASE32ISH, 16).map((body) => `AKIA${body}`),
  awsSts: run(BASE32ISH, 16).map((body) => `ASIA${body}`),
  bedrockLong: run(BASE64, 120).map((body) => `ABSK${body}`),
  bedrockShort: run(URLSAFE, 60).map(
    (body) => `bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t${body}`,
  ),
  azureLegacy: run(HEX, 32),
  azureCask: fc
    .tuple(run(ALNUM, 52), run(ALNUM, 18), run(ALNUM, 4))
    .map(([a, b, c]) => `${a}JQQJ99${b}ACOG${c}`),
  jwt: fc
    .tuple(run(URLSAFE, 20), run(URLSAFE, 40), run(URLSAFE, 43))
    .map(([a, b, c]) => `eyJ${a}.${b}.${c}`),
} as const;

export const anyKey = fc.oneof(...Object.values(KEY_FORMATS));

/** Contexts a key turns up in when people paste errors or logs. */
export const keyInContext = fc
  .tuple(
    anyKey,
    fc.constantFrom(
      (k: string) =>
        `Incorrect API key provided: ${k}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      (k: string) =>
        `{"error":{"message":"Incorrect API key provided: ${k}","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`,
      (k: string) =>
        `curl -H "Authorization: Bearer ${k}" https://api.openai.com/v1/models\n401 Unauthorized`,
      (k: string) =>
        `export OPENAI_API_KEY=${k}\nError code: 401 - {'error': {'message': 'bad key ${k}', 'code': 'invalid_api_key'}}`,
      (k: string) => `The model ${k} does not work with your current plan or API key`,
      (k: string) => `Unauthorized User ${k} API key`,
      (k: string) => `fetch failed: getaddrinfo ENOTFOUND ${k}`,
      (k: string) => `{"error":{"code":"${k}","message":"x"}}`,
      (k: string) => `{"type":"error","error":{"type":"${k}","message":"invalid x-api-key ${k}"}}`,
      (k: string) => `x-amzn-ErrorType: ${k}\n{"message":"${k}"}`,
      (k: string) => `${k}`,
      (k: string) => `api_key: ${k}`,
    ),
    fc.string({maxLength: 40}),
  )
  .map(([key, wrap, noise]) => ({key, text: `${noise}${wrap(key)}${noise}`}));
