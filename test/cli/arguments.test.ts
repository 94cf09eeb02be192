import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {HELP_TEXT} from '../../source/cli/help.js';
import {parseCommandLine} from '../../source/cli/parse-args.js';
import {isTextCommand} from '../../source/cli/text-modes.js';
import {CLI_PATH} from '../helpers/terminal-session.js';

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], {
    input,
    encoding: 'utf8',
    env: {PATH: '/usr/bin:/bin', HOME: '/nonexistent'},
    timeout: 20_000,
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('the built binary', () => {
  test('--version prints the package version', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {version: string};
    expect(run(['--version'])).toEqual({code: 0, stdout: `${pkg.version}\n`, stderr: ''});
  });

  test('--help names every command and the exit codes', () => {
    const {code, stdout} = run(['--help']);
    expect(code).toBe(0);
    for (const word of ['doctor', 'classify', '--share', '--no-color', '--json', 'Exit codes']) {
      expect(stdout).toContain(word);
    }
    // Worked out at build time: exactly the text the options table gives now.
    expect(stdout).toBe(HELP_TEXT);
  });

  test.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['doctor', '--timeout', 'soon'], /--timeout takes milliseconds/],
    [['doctor', '--model', 'gpt-4o'], /--model takes PROVIDER=MODEL/],
    [['--json'], /--json does not apply to the wizard/],
    [['doctor', 'extra'], /doctor takes no arguments/],
    [['doctor', 'sk-proj-' + 'A'.repeat(40)], /looks like a key/],
    // The classify program answers these itself, the same way.
    [['classify', '--provider', 'mistral', 'x'], /--provider takes one of/],
    [['classify', 'one', 'two'], /classify takes one text argument/],
    [['classify', '--share', 'x'], /--share does not apply to classify/],
  ])('usage error %j exits 2 with one line on stderr', (args, message) => {
    const {code, stdout, stderr} = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(/Try `cursorkey-wizard --help`\.$/);
  });

  test.each([
    ['--api-key', 'sk-proj-' + 'A'.repeat(40)],
    ['--openai-api-key=sk-proj-' + 'B'.repeat(40)],
    ['--key', 'whatever'],
    ['doctor', '--token', 'abc'],
  ])('a key-like flag %j says why keys never come from argv and how to pass one', (...args) => {
    const {code, stdout, stderr} = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/never taken from the command line/);
    expect(stderr).toMatch(/OPENAI_API_KEY/);
    expect(stderr).toMatch(/stdin/);
    expect(stderr).not.toMatch(/AAAA|BBBB/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  test('a usage error never echoes a key-shaped argument back', () => {
    const key = 'sk-proj-' + 'A'.repeat(40);
    const {stderr} = run(['doctor', key]);
    expect(stderr).not.toContain(key);
  });

  test('without a terminal the wizard never mounts Ink and explains itself on stderr', () => {
    const {stdout, stderr} = run([]);
    expect(stdout).not.toContain('Step 1/10');
    expect(stderr.split('\n')[0]).toMatch(/terminal/);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe('parseCommandLine', () => {
  test('bare command is the wizard with defaults', () => {
    expect(parseCommandLine([])).toEqual({
      kind: 'wizard',
      share: false,
      noColor: false,
      noCompletion: false,
      timeoutMs: 10_000,
      fresh: false,
    });
    expect(parseCommandLine(['--fresh'])).toMatchObject({kind: 'wizard', fresh: true});
    expect(parseCommandLine(['doctor', '--fresh'])).toMatchObject({kind: 'usage-error'});
  });

  test('doctor collects repeated --model flags per provider', () => {
    const command = parseCommandLine([
      'doctor',
      '--json',
      '--model',
      'openai=gpt-4o',
      '--model',
      'anthropic=claude-sonnet-4-5',
      '--timeout',
      '5000',
    ]);
    expect(command).toMatchObject({
      kind: 'doctor',
      json: true,
      timeoutMs: 5000,
      models: {openai: 'gpt-4o', anthropic: 'claude-sonnet-4-5'},
    });
  });

  test('classify takes text, a status and a provider', () => {
    expect(
      parseCommandLine(['classify', '--status', '429', '--provider', 'openai', 'quota']),
    ).toEqual({
      kind: 'classify',
      json: false,
      status: 429,
      provider: 'openai',
      text: 'quota',
    });
    expect(parseCommandLine(['classify', '--provider', 'mistral'])).toMatchObject({
      kind: 'usage-error',
    });
  });

  test('an argv that starts with classify is always a text command (the classify program answers it)', () => {
    const word = fc.oneof(
      fc.constantFrom('doctor', 'classify', '--json', '--share', '--fresh', '--help', '--version'),
      fc.constantFrom('--timeout', '--model', '--report', '--status', '--provider', '--', '-'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(word, {maxLength: 6}), (rest) => {
        expect(isTextCommand(parseCommandLine(['classify', ...rest]))).toBe(true);
      }),
    );
  });
});
