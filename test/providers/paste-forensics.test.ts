// Paste forensics: every damage the issue lists is found, the map shows no key characters, and
// (as properties) it never throws, never echoes the key, and cleaning is idempotent.
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {detectKeyFormat} from '../../source/core/providers/key-format.js';
import {
  analysePaste,
  cleanKey,
  type PasteFindingId,
} from '../../source/core/providers/paste-forensics.js';
import {synthetic} from '../helpers/mock-providers/keys.js';

const KEY = synthetic.openai();

const ids = (raw: string) => analysePaste(raw).findings.map((finding) => finding.id);

describe('each kind of paste damage', () => {
  test.each<[string, string, PasteFindingId[], string]>([
    ['trailing newline', `${KEY}\n`, ['trailing-whitespace', 'line-break'], 'sk-proj-… ⏎'],
    ['CRLF', `${KEY}\r\n`, ['trailing-whitespace', 'line-break'], 'sk-proj-… ␍ ⏎'],
    ['leading space', ` ${KEY}`, ['leading-whitespace'], '⎵ sk-proj-…'],
    [
      'space and newline',
      ` ${KEY}\n`,
      ['leading-whitespace', 'trailing-whitespace', 'line-break'],
      '⎵ sk-proj-… ⏎',
    ],
    ['tab', `${KEY}\t`, ['trailing-whitespace', 'tab'], 'sk-proj-… ⇥'],
    ['zero-width space', `${KEY}\u200B`, ['zero-width'], 'sk-proj-… [zero-width]'],
    ['BOM in front', `\uFEFF${KEY}`, ['zero-width'], '[zero-width] sk-proj-…'],
    ['non-breaking space', `${KEY}\u00A0`, ['non-breaking-space'], 'sk-proj-… [nbsp]'],
    ['smart quotes', `\u201C${KEY}\u201D`, ['quotes'], '\u201C sk-proj-… \u201D'],
    ['straight quotes', `"${KEY}"`, ['quotes'], '" sk-proj-… "'],
    ['Bearer prefix', `Bearer ${KEY}`, ['bearer-prefix'], 'Bearer⎵ sk-proj-…'],
    ['NAME= prefix', `OPENAI_API_KEY=${KEY}`, ['name-prefix'], 'OPENAI_API_KEY= sk-proj-…'],
    [
      'export NAME="…"',
      `export OPENAI_API_KEY="${KEY}"\n`,
      ['trailing-whitespace', 'line-break', 'quotes', 'name-prefix'],
      'OPENAI_API_KEY= " sk-proj-… " ⏎',
    ],
    ['pasted twice', `${KEY}${KEY}`, ['doubled'], 'sk-proj-… (×2)'],
    [
      'pasted twice with a newline',
      `${KEY}\n${KEY}`,
      ['line-break', 'inner-whitespace', 'doubled'],
      'sk-proj-… ⏎ sk-proj-… (×2)',
    ],
    ['truncated', KEY.slice(0, 100), ['truncated'], 'sk-proj-…'],
  ])('%s', (_name, raw, expected, map) => {
    const report = analysePaste(raw);
    expect(report.findings.map((finding) => finding.id).sort()).toEqual([...expected].sort());
    expect(report.map).toBe(map);
    if (!expected.includes('truncated')) expect(report.cleaned).toBe(KEY);
  });

  test('a clean key has no findings', () => {
    for (const key of [
      KEY,
      synthetic.anthropic(),
      synthetic.google(),
      synthetic.openrouter(),
      synthetic.azure(),
      synthetic.bedrockApiKey(),
    ]) {
      expect(ids(key)).toEqual([]);
      expect(cleanKey(key)).toBe(key);
    }
  });

  test('truncation is judged per format', () => {
    expect(ids(synthetic.anthropic().slice(0, 60))).toContain('truncated');
    expect(ids(synthetic.google().slice(0, 30))).toContain('truncated');
    expect(ids(synthetic.openrouter().slice(0, 40))).toContain('truncated');
  });

  test('a base64 key ending in = is not taken for a NAME= line', () => {
    const key = `ABSK${'QmVkcm9ja0FQSUtleS1'.repeat(7)}==`;
    expect(cleanKey(key)).toBe(key);
    expect(ids(key)).not.toContain('name-prefix');
  });
});

describe('key formats', () => {
  test.each([
    [synthetic.openai(), 'openai', 'api-key'],
    [`sk-svcacct-${'a'.repeat(58)}T3BlbkFJ${'b'.repeat(58)}`, 'openai', 'api-key'],
    [`sk-admin-${'a'.repeat(58)}T3BlbkFJ${'b'.repeat(58)}`, 'openai', 'admin-key'],
    [`sk-${'a'.repeat(20)}T3BlbkFJ${'b'.repeat(20)}`, 'openai', 'api-key'],
    [synthetic.anthropic(), 'anthropic', 'api-key'],
    [`sk-ant-admin01-${'a'.repeat(93)}AA`, 'anthropic', 'admin-key'],
    [`sk-ant-oat01-${'a'.repeat(95)}`, 'anthropic', 'oauth-token'],
    [synthetic.google(), 'google', 'api-key'],
    [`AQ.${'Ab3_'.repeat(12)}`, 'google', 'api-key'],
    [synthetic.openrouter(), 'openrouter', 'api-key'],
    [synthetic.azure(), 'azure', 'api-key'],
    [`${'a1B2'.repeat(13)}JQQJ99${'x'}B${'c'.repeat(16)}D${'e'.repeat(7)}`, 'azure', 'api-key'],
    [synthetic.awsAccessKeyId(), 'bedrock', 'aws-access-key-id'],
    [synthetic.bedrockApiKey(), 'bedrock', 'bedrock-api-key'],
    [synthetic.cursor(), 'cursor', 'cursor-user-key'],
    [`crsr_${'a'.repeat(40)}`, 'cursor', 'cursor-user-key'],
    ['hello-world-not-a-key', null, 'unknown'],
  ])('%#: %s', (key, provider, kind) => {
    const format = detectKeyFormat(key);
    expect(format.provider).toBe(provider);
    expect(format.kind).toBe(kind);
  });
});

// Keys with a known public prefix, wrapped in the junk a paste can add.
const keyArb = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{20,160}$/).map((body) => `sk-proj-${body}`),
  fc.stringMatching(/^[A-Za-z0-9_-]{93}$/).map((body) => `sk-ant-api03-${body}AA`),
  fc.stringMatching(/^[A-Za-z0-9_-]{35}$/).map((body) => `AIza${body}`),
  fc.stringMatching(/^[0-9a-f]{64}$/).map((body) => `sk-or-v1-${body}`),
);
const junk = fc.constantFrom(
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u200B',
  '\u00A0',
  '\uFEFF',
  '"',
  '\u201C',
  "'",
);
const prefixArb = fc.constantFrom(
  '',
  'Bearer ',
  'OPENAI_API_KEY=',
  'export ANTHROPIC_API_KEY=',
  'authorization: Bearer ',
);
const pasteArb = fc.record({
  key: keyArb,
  before: fc.array(junk, {maxLength: 4}),
  prefix: prefixArb,
  after: fc.array(junk, {maxLength: 4}),
  twice: fc.boolean(),
});

function secretParts(key: string): string[] {
  const prefix = detectKeyFormat(key).prefix;
  const parts: string[] = [];
  // Every 6-character window that reaches past the public prefix is secret.
  for (let i = 0; i + 6 <= key.length; i++)
    if (i + 6 > prefix.length) parts.push(key.slice(i, i + 6));
  return parts;
}

describe('properties', () => {
  test('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 300}), (raw) => {
        const report = analysePaste(raw);
        expect(typeof report.map).toBe('string');
      }),
      {numRuns: 500},
    );
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), (raw) => void analysePaste(raw)),
      {numRuns: 500},
    );
  });

  test('cleaning is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({unit: 'binary', maxLength: 300}),
        (raw) => cleanKey(cleanKey(raw)) === cleanKey(raw),
      ),
      {
        numRuns: 1000,
      },
    );
    fc.assert(
      fc.property(pasteArb, ({key, before, prefix, after, twice}) => {
        const raw = before.join('') + prefix + key + (twice ? `\n${key}` : '') + after.join('');
        const once = cleanKey(raw);
        return cleanKey(once) === once;
      }),
      {numRuns: 500},
    );
  });

  test('cleaning recovers the key, and the map and findings never echo it', () => {
    fc.assert(
      fc.property(pasteArb, ({key, before, prefix, after, twice}) => {
        const raw = before.join('') + prefix + key + (twice ? `\n${key}` : '') + after.join('');
        const report = analysePaste(raw);
        const shown = report.map + report.findings.map((finding) => finding.message).join(' ');
        for (const part of secretParts(key)) expect(shown).not.toContain(part);
        expect(report.cleaned).toBe(key);
      }),
      {numRuns: 500},
    );
  });
});
