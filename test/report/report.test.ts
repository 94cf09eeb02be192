// The report holds no key of any format, reads as Markdown, and the writer refuses anything
// key-shaped without leaving a file behind.
import fc from 'fast-check';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {Secret, findKeyShapes} from '../../source/core/secrets.js';
import {buildReport, type ReportInput} from '../../source/report/build-report.js';
import {scanReportForKeys} from '../../source/report/scan.js';
import {prepareReport, writeReport} from '../../source/report/write-report.js';
import {KEY_FORMATS} from '../classify/key-arbitraries.js';

function input(leak: string, overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    tool: {name: 'cursorkey-wizard', version: '1.2.3'},
    system: {os: 'Linux 6.1 (x64)', node: 'v20.20.2', home: '/home/pat'},
    cli: {path: '/home/pat/.local/bin/agent', name: 'agent', version: '2026.09.15-d2fe57e'},
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:05.000Z',
    mode: 'doctor',
    steps: [
      {
        n: 7,
        id: 'provider-test',
        title: 'Test the provider key outside Cursor',
        status: 'fail',
        summary: `OpenAI said 401 for ${leak}`,
        evidence: [
          `curl -H "Authorization: Bearer ${leak}" https://api.openai.com/v1/models`,
          `| pipe ${leak} |`,
        ],
        layer: 'provider-key',
        fix: `Replace ${leak}`,
        startedAt: '2026-01-01T00:00:01.000Z',
        finishedAt: '2026-01-01T00:00:02.000Z',
      },
    ],
    providers: [
      {
        provider: 'openai',
        keySource: 'env:OPENAI_API_KEY',
        fingerprint: 'fp:1a2b3c4d',
        baseUrl: 'https://api.openai.com/v1',
        status: 'fail',
        layer: 'provider-key',
        httpStatus: 401,
        code: 'invalid_api_key',
        retryAfterSeconds: null,
        requestId: 'req_0123456789abcdef0123456789abcdef',
      },
    ],
    verdict: {status: 'problem', layer: 'provider-key', step: 7, action: `Rotate ${leak}`},
    ...overrides,
  };
}

describe('buildReport', () => {
  it.each(Object.keys(KEY_FORMATS))('leaves no %s key in the report', (format) => {
    for (const key of fc.sample(KEY_FORMATS[format as keyof typeof KEY_FORMATS], 5)) {
      const text = buildReport(input(key));
      expect(text).not.toContain(key);
      expect(findKeyShapes(text)).toEqual([]);
      expect(prepareReport(input(key)).safe).toBe(true);
    }
  });

  it('removes an exact secret of no known shape, given as a Secret', () => {
    const odd = 'zz9-plural-z-alpha-not-a-known-format';
    const text = buildReport(input(odd, {secrets: [new Secret(odd, 'env:X')]}));
    expect(text).not.toContain(odd);
  });

  it('holds versions, OS, Node, CLI, statuses, HTTP status, request ids and timestamps', () => {
    const text = buildReport(input('nothing'));
    for (const expected of [
      'cursorkey-wizard 1.2.3',
      'Linux 6.1 (x64)',
      'v20.20.2',
      '2026.09.15-d2fe57e',
      '`~/.local/bin/agent`',
      '✗ fail',
      '| 401 |',
      'req_0123456789abcdef0123456789abcdef',
      '2026-01-01T00:00:01.000Z',
      '<details>',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('/home/pat');
  });

  it('keeps the Markdown tables intact when text holds pipes and newlines', () => {
    const text = buildReport(input('a | b\nc'));
    const row = text.split('\n').find((line) => line.startsWith('| 7 |'))!;
    expect(row).toContain('a \\| b c');
  });
});

describe('writeReport', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ckw-write-'));
  });
  afterEach(async () => {
    await rm(dir, {recursive: true, force: true});
  });

  it('writes a clean report', async () => {
    const path = join(dir, 'r.md');
    const text = buildReport(input('x'));
    expect(await writeReport(path, text)).toEqual({ok: true, path});
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it.each(Object.keys(KEY_FORMATS))(
    'refuses a text holding a %s key, names line and kind, and writes nothing',
    async (format) => {
      const key = fc.sample(KEY_FORMATS[format as keyof typeof KEY_FORMATS], 1)[0]!;
      const path = join(dir, `${format}.md`);
      const outcome = await writeReport(path, `# report\n\nleaked: ${key}\n`);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.message).toMatch(/line 3/);
        expect(outcome.message).not.toContain(key);
      }
      expect(existsSync(path)).toBe(false);
      expect(await import('node:fs/promises').then((fs) => fs.readdir(dir))).toEqual([]);
    },
  );

  it('reports a write failure in one line', async () => {
    const outcome = await writeReport(join(dir, 'missing', 'r.md'), 'clean');
    expect(outcome).toEqual({ok: false, message: expect.stringMatching(/ENOENT/)});
  });

  it('scan finds the line of each key', () => {
    const key = fc.sample(KEY_FORMATS.anthropic, 1)[0]!;
    expect(scanReportForKeys(`a\nb\n${key}`)).toEqual([{name: 'anthropic', line: 3}]);
  });
});
