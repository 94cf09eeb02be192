import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {gateRunner} from '../../source/core/gate/gated-runner.js';
import {
  cutField,
  FIELD_LIMIT,
  gateBlock,
  gateBody,
  gateField,
  sanitizeText,
} from '../../source/core/gate/outside-text.js';
import {maskPersonalData} from '../../source/core/gate/personal-data.js';
import {scrub, Secret} from '../../source/core/secrets.js';
import {KEY_FORMATS} from '../classify/key-arbitraries.js';
import {createFakeRunner} from '../helpers/fake-runner.js';

const ESC = '\x1b';
/** Anything a terminal would act on: C0 but newline and tab, DEL, C1, and the bidi controls. */
const UNSAFE_IN_BLOCK = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_IN_FIELD = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE: Record<string, string> = {
  'OSC 52 clipboard write (BEL)': `${ESC}]52;c;${Buffer.from('rm -rf ~').toString('base64')}\x07`,
  'OSC 52 clipboard write (ST)': `${ESC}]52;c;Y3VybCBldmls${ESC}\\`,
  'OSC 0 window title': `${ESC}]0;pwned${ESC}\\`,
  'OSC 8 link': `${ESC}]8;;https://evil.example/${ESC}\\click${ESC}]8;;${ESC}\\`,
  'CSI clear screen': `${ESC}[2J${ESC}[H`,
  'CSI colour': `${ESC}[31;1m`,
  'CSI hide cursor': `${ESC}[?25l`,
  DCS: `${ESC}P1$qm${ESC}\\`,
  APC: `${ESC}_Gf=100;AAAA${ESC}\\`,
  PM: `${ESC}^private${ESC}\\`,
  SOS: `${ESC}Xstring${ESC}\\`,
  '8-bit CSI': '\x9b2J',
  '8-bit OSC': '\x9d0;title\x9c',
  '8-bit APC': '\x9fpayload\x9c',
  'unterminated OSC': `${ESC}]52;c;AAAA`,
  'two-character escape (RIS)': `${ESC}c`,
  'bidi override': 'abc\u202Egnp.exe',
  'bidi isolates': '\u2066x\u2069\u2067y\u2069\u2068z\u2069',
  'C0 controls': '\x07\x08\x00\x1a',
  'DEL and C1': '\x7f\x85\x8d',
};

describe('sanitizeText', () => {
  for (const [name, sequence] of Object.entries(HOSTILE)) {
    test(`removes ${name}`, () => {
      const text = `before ${sequence} after`;
      expect(sanitizeText(text, 'field')).not.toMatch(UNSAFE_IN_FIELD);
      expect(sanitizeText(text, 'block')).not.toMatch(UNSAFE_IN_BLOCK);
      for (const out of [sanitizeText(text, 'field'), sanitizeText(text, 'block')]) {
        expect(out).not.toContain(ESC);
        expect(out.startsWith('before ')).toBe(true);
      }
    });
  }

  test('a string sequence takes its payload with it: no clipboard text, no link target', () => {
    expect(sanitizeText(`a${HOSTILE['OSC 52 clipboard write (BEL)']}b`)).toBe('ab');
    expect(sanitizeText(`x${HOSTILE['OSC 8 link']}y`)).toBe('xclicky');
    expect(sanitizeText(`a${HOSTILE['APC']}b`)).toBe('ab');
  });

  test('a block keeps newlines and tabs; carriage returns become newlines; a field gets spaces', () => {
    expect(sanitizeText('a\tb\r\nc\rd', 'block')).toBe('a\tb\nc\nd');
    expect(sanitizeText('a\tb\r\nc\rd', 'field')).toBe('a b c d');
  });

  test('ordinary text, accents and emoji pass unchanged', () => {
    const text = 'Résumé 🔑 model gpt-4.1 — "quota" 100% [link](x)';
    expect(sanitizeText(text)).toBe(text);
  });

  test('never leaves anything a terminal acts on, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...Object.values(HOSTILE)),
            fc.string(),
            fc.string({unit: 'binary'}),
          ),
          {
            maxLength: 12,
          },
        ),
        (parts) => {
          const text = parts.join('');
          expect(sanitizeText(text, 'field')).not.toMatch(UNSAFE_IN_FIELD);
          expect(sanitizeText(text, 'block')).not.toMatch(UNSAFE_IN_BLOCK);
        },
      ),
    );
  });
});

describe('cutField and gateField', () => {
  test('a field longer than 300 characters is cut to 300, the last being …', () => {
    const out = cutField('x'.repeat(1000));
    expect(out).toHaveLength(FIELD_LIMIT);
    expect(out.endsWith('…')).toBe(true);
    expect(cutField('short')).toBe('short');
  });

  test('never splits a surrogate pair', () => {
    const out = cutField('🔑'.repeat(400));
    expect(out.endsWith('…')).toBe(true);
    expect(out.slice(0, -1)).toBe('🔑'.repeat((out.length - 1) / 2));
  });

  test('a megabyte field of every hostile kind comes back at most 300 characters and clean', () => {
    const mega = 1_000_000;
    const fields = [
      'A'.repeat(mega),
      `${ESC}[`.repeat(mega / 2),
      `${ESC}]`.repeat(mega / 2),
      `${ESC}]52;c;${'Q'.repeat(mega)}`,
      'sk-'.repeat(mega / 3),
      '\u202E'.repeat(mega),
      'word '.repeat(mega / 5),
      '{"a":'.repeat(mega / 5),
    ];
    for (const field of fields) {
      const out = gateField(field);
      expect(out.length).toBeLessThanOrEqual(FIELD_LIMIT);
      expect(out).not.toMatch(UNSAFE_IN_FIELD);
    }
  });

  test('the key is masked before the cut: a key across the 300th character keeps none of itself', () => {
    const raw = `sk-proj-${'Q'.repeat(74)}T3BlbkFJ${'Z'.repeat(74)}`;
    const out = gateField(`${'x'.repeat(280)} ${raw}`, [new Secret(raw, 'input')]);
    expect(out).not.toContain('QQQ');
    expect(out.length).toBeLessThanOrEqual(FIELD_LIMIT);
  });

  test('a block is gated line by line', () => {
    const out = gateBlock(`one ${ESC}[31mred${ESC}[0m\n${'y'.repeat(500)}\nthree`);
    const lines = out.split('\n');
    expect(lines[0]).toBe('one red');
    expect(lines[1]).toHaveLength(FIELD_LIMIT);
    expect(lines[2]).toBe('three');
  });

  test('a JSON body keeps its structure with every string, keys included, gated', () => {
    const body = JSON.stringify({
      error: {message: `bad ${ESC}]0;title\x07 key`, code: 'c'.repeat(120_000), [`k${ESC}[2J`]: 1},
      data: [{id: 'gpt-4.1\u202E'}],
    });
    const parsed = JSON.parse(gateBody(body)) as {
      error: Record<string, unknown>;
      data: {id: string}[];
    };
    expect(parsed.error.message).toBe('bad  key');
    expect((parsed.error.code as string).length).toBe(FIELD_LIMIT);
    expect(parsed.error['k']).toBe(1);
    expect(parsed.data[0]!.id).toBe('gpt-4.1');
  });

  test('JSON escapes cannot smuggle a control character past the gate', () => {
    const out = gateBody('{"message":"\\u001b]52;c;AAAA\\u0007hi \\u202e"}');
    expect(JSON.parse(out)).toEqual({message: 'hi '});
  });

  test('controls written out as text escapes go with their payload, as real ones do', () => {
    const cut =
      '{"message":"\\u001b]52;c;PAYLOAD\\u0007 hi \\x1b[2J \\033]0;T\\u0007 \\u202e'.slice(0, 80);
    const out = gateField(cut);
    expect(out).not.toContain('PAYLOAD');
    expect(out).not.toMatch(/\\u00|\\x1b|\\033|\\u202e/);
    expect(out).toContain('hi');
  });

  test('JSON nested deeper than the stack is read as text, not thrown', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(() => gateBody(deep)).not.toThrow();
  });
});

describe('scrub: keys the session holds, in any shape', () => {
  const formats = Object.entries(KEY_FORMATS);

  for (const [name, arbitrary] of formats) {
    test(`${name}: half of it, its base64, base64url and URL encoding never survive`, () => {
      fc.assert(
        fc.property(arbitrary, fc.nat(), (raw, offset) => {
          const secret = new Secret(raw, 'input');
          const half = raw.slice(offset % (raw.length - 12), (offset % (raw.length - 12)) + 12);
          const encodings = [
            half,
            raw.slice(-Math.max(12, raw.length >> 1)),
            Buffer.from(raw).toString('base64'),
            Buffer.from(raw).toString('base64url'),
            Buffer.from(`${raw}:`).toString('base64'),
            Buffer.from(`user:${raw}`).toString('base64'),
            encodeURIComponent(raw),
          ];
          for (const form of encodings) {
            const out = scrub(`echo: ${form} end`, [secret]);
            expect(out).not.toContain(form);
            expect(out).toContain('end');
          }
        }),
        {numRuns: 20},
      );
    });
  }

  test('a key of unusual shape and under 8 characters is masked as a whole token', () => {
    const short = new Secret('pw42', 'input');
    expect(scrub('the key pw42 was refused', [short])).not.toMatch(/\bpw42\b/);
    // Inside a longer word it is not that key.
    expect(scrub('pw4200', [short])).toBe('pw4200');
  });

  test('a key of 8 to 11 characters is masked wherever it appears', () => {
    const mid = new Secret('zq9-proxy', 'input');
    expect(scrub('xxzq9-proxyxx', [mid])).not.toContain('zq9-proxy');
  });

  test('scrubbing a megabyte against held keys finishes and masks every echo', () => {
    const raw = `sk-ant-api03-${'b'.repeat(93)}AA`;
    const text = `${raw.slice(20, 40)} `.repeat(50_000);
    const out = scrub(text, [new Secret(raw, 'input')]);
    expect(out).not.toContain(raw.slice(20, 32));
  });
});

describe('personal data', () => {
  test('emails are masked as a…@domain; names and user ids are dropped', () => {
    const status =
      '{"userInfo":{"email":"owner@example.com","userId":10000001,"firstName":"Owner","lastName":"Example"}} Logged in as user id 10000001';
    const out = maskPersonalData(status);
    expect(out).toContain('o…@example.com');
    expect(out).not.toContain('owner@');
    expect(out).not.toContain('10000001');
    expect(out).not.toContain('Owner');
    expect(out).not.toContain('"Example"');
    expect(maskPersonalData(out)).toBe(out);
  });
});

describe('gateRunner', () => {
  test('results come back gated, and a key a request carried is scrubbed from every answer', async () => {
    const key = `sk-proj-${'K'.repeat(40)}T3BlbkFJ${'L'.repeat(40)}`;
    const fake = createFakeRunner();
    fake.onHttp(/models/, {
      ok: true,
      response: {
        status: 401,
        headers: {'x-request-id': `req${ESC}]0;t\x07_1`},
        body: JSON.stringify({error: {message: `key ${key.slice(30, 60)} ${ESC}[2J`}}),
      },
      durationMs: 1,
    });
    fake.onProcess(/status/, {
      stdout: `ok ${ESC}_apc${ESC}\\ ${Buffer.from(key).toString('base64')}\n`,
    });
    const runner = gateRunner(fake);
    expect(gateRunner(runner)).toBe(runner);

    const http = await runner.http({
      method: 'GET',
      url: 'https://api.openai.com/v1/models',
      headers: {authorization: `Bearer ${key}`},
      timeoutMs: 1000,
    });
    expect(http.ok).toBe(true);
    if (!http.ok) return;
    expect(http.response.headers['x-request-id']).toBe('req_1');
    expect(http.response.body).not.toContain(key.slice(30, 42));
    expect(http.response.body).not.toContain(ESC);

    const lines: string[] = [];
    const run = await runner.run({
      command: 'agent',
      args: ['status'],
      timeoutMs: 1000,
      onLine: (line) => lines.push(line),
    });
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).not.toContain(Buffer.from(key).toString('base64').slice(0, 20));
  });

  test('each gating of a raw runner is a face of its own: one run’s keys stay with that run', async () => {
    // No key shape to catch: only the book of keys a face has seen can scrub it.
    const key = 'correct-horse-battery-staple-4711';
    const fake = createFakeRunner();
    fake.onProcess(/status/, {stdout: `owner of ${key}\n`});
    const first = gateRunner(fake);
    const second = gateRunner(fake);
    expect(second).not.toBe(first);
    await first.http({
      method: 'GET',
      url: 'https://api.openai.com/v1/models',
      headers: {'api-key': key},
      timeoutMs: 1000,
    });
    const status = {command: 'agent', args: ['status'], timeoutMs: 1000};
    expect((await first.run(status)).stdout).not.toContain(key);
    expect((await second.run(status)).stdout).toContain(key);
  });
});
