// `classify` as a command: argument, `-`, piped stdin, the TTY usage error, the size cap, and
// exactly the contract JSON on stdout.
import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {runClassify, type ClassifyCommand} from '../../source/commands/classify.js';
import {classifyError} from '../../source/core/classify/index.js';
import {CLASSIFY_KEYS} from '../doctor/contract.js';

function io(stdinText: string | null, isTTY = false) {
  const stdin = new PassThrough() as PassThrough & {isTTY?: boolean};
  stdin.isTTY = isTTY;
  if (stdinText !== null) stdin.end(stdinText);
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdin,
      stdout: {write: (t: string) => out.push(t)},
      stderr: {write: (t: string) => err.push(t)},
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

const base: ClassifyCommand = {json: true, status: null, provider: null, text: null};

describe('classify command', () => {
  it('`classify -` in a terminal says how to end the paste, on stderr only', async () => {
    const t = io('Unauthorized User API key\n', true);
    const stderr = {write: (text: string) => t.io.stderr.write(text), isTTY: true};
    const code = await runClassify({...base, text: '-'}, {...t.io, stderr}, classifyError);
    expect(code).toBe(0);
    expect(t.err()).toMatch(/Ctrl\+D/);
    expect(JSON.parse(t.out())).toMatchObject({schema: 1});
  });

  it('piped input gets no such hint', async () => {
    const t = io('Unauthorized User API key\n');
    await runClassify({...base, text: '-'}, t.io, classifyError);
    expect(t.err()).toBe('');
  });

  it('takes the text as an argument and prints exactly the contract JSON', async () => {
    const t = io(null, true);
    const code = await runClassify({...base, text: 'invalid x-api-key'}, t.io, classifyError);
    expect(code).toBe(0);
    const doc = JSON.parse(t.out());
    expect(Object.keys(doc)).toEqual(CLASSIFY_KEYS);
    expect(doc).toMatchObject({schema: 1, layer: 'provider-key', provider: 'anthropic'});
    expect(t.out().trim().split('\n')).toHaveLength(1);
  });

  it('reads `-` and piped stdin', async () => {
    for (const text of ['-', null]) {
      const t = io('{"error":{"message":"User not found.","code":401}}\n');
      expect(await runClassify({...base, text}, t.io, classifyError)).toBe(0);
      expect(JSON.parse(t.out())).toMatchObject({
        layer: 'provider-key',
        provider: 'openrouter',
        httpStatus: 401,
      });
    }
  });

  it('unknown input is still a classification: exit 0, asking for the details', async () => {
    const t = io(null, true);
    expect(
      await runClassify({...base, json: false, text: 'nothing works'}, t.io, classifyError),
    ).toBe(0);
    expect(t.out()).toMatch(/Layer {5}unknown/);
    expect(t.out()).toMatch(/full error JSON.*status code.*provider.*model.*base URL/);
  });

  it('a terminal on stdin and no text is a one-line usage error', async () => {
    const t = io(null, true);
    expect(await runClassify(base, t.io, classifyError)).toBe(2);
    expect(t.err().trim().split('\n')).toHaveLength(1);
    expect(t.out()).toBe('');
  });

  it('stdin over 1 MB is refused in one line', async () => {
    const t = io('x'.repeat(1024 * 1024 + 10));
    expect(await runClassify(base, t.io, classifyError)).toBe(2);
    expect(t.err()).toMatch(/more than 1 MB/);
  });

  it('--status alone classifies; empty text without it is a usage error', async () => {
    const t = io('');
    expect(await runClassify({...base, status: 429}, t.io, classifyError)).toBe(0);
    expect(JSON.parse(t.out())).toMatchObject({layer: 'rate-limit', httpStatus: 429});
    const e = io('  \n');
    expect(await runClassify(base, e.io, classifyError)).toBe(2);
  });

  it('human answer names layer, step title and action', async () => {
    const t = io(null, true);
    await runClassify({...base, json: false, text: 'insufficient_quota'}, t.io, classifyError);
    expect(t.out()).toMatch(/Layer {5}quota/);
    expect(t.out()).toMatch(/Step {6}9\/10 · Check quota and rate limits/);
    expect(t.out()).toMatch(/Do this {3}Add credit/);
  });

  it('an unknown answer gives its likeliest layers in plain words, not a fix order starting at unknown', async () => {
    const t = io(null);
    await runClassify({...base, json: false, text: 'An error occurred.'}, t.io, classifyError);
    expect(t.out()).toMatch(/Layer {5}unknown \(also possible: /);
    expect(t.out()).toMatch(
      /Why {7}the text names no single layer; the likeliest are \S+, then \S+\./,
    );
    expect(t.out()).not.toMatch(/starts at unknown/);
    expect(t.out()).toMatch(/Most likely [a-z-]+(?:, [a-z-]+)* or [a-z-]+: start at step \d+\./);
  });
});
