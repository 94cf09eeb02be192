// The `code` field is copied from the paste (a payload's code, type or status). A key of a shape
// this tool does not know (a gateway's, or a bare random token) can sit there; it must not come
// back out, while every real machine code still does.
import {describe, expect, it} from 'vitest';
import {classifyError} from './classify-under-test.js';

const RANDOM = 'Wq7Zr2Lm9Xc4Vb1Nk8Jh3Gf6Ds5Pa0TyQe4Ri8Uo2Mn6Bv1Cx9Zl3Kj7Hg5Fd0Sa';

describe('classify never echoes a key-shaped code', () => {
  it.each([
    ['a Groq-style key', `gsk_${RANDOM.slice(0, 52)}`],
    ['an NVIDIA-style key', `nvapi-${RANDOM.slice(0, 60)}`],
    ['a bare random token', RANDOM.slice(0, 40)],
  ])('%s in a payload code field', (_name, key) => {
    for (const field of ['code', 'type', 'status']) {
      const result = classifyError({text: `{"error":{"${field}":"${key}","message":"bad"}}`});
      const out = JSON.stringify(result);
      expect(out).not.toContain(key.slice(-24));
      expect(out).not.toContain(key.slice(6, 30));
    }
  });

  it.each([
    [
      '{"error":{"code":"insufficient_quota","message":"You exceeded your current quota"}}',
      'insufficient_quota',
    ],
    [
      '{"error":"ERROR_BAD_USER_API_KEY","details":{"title":"Bad User API key"}}',
      'ERROR_BAD_USER_API_KEY',
    ],
    ['getaddrinfo ENOTFOUND api.openai.com', 'ENOTFOUND'],
  ])('a real code still shows: %s', (text, code) => {
    expect(classifyError({text}).code).toBe(code);
  });
});
