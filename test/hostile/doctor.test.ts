// doctor, in text, --json, -v and --report, against a provider and a CLI that answer like an
// attacker. Every byte on stdout, stderr and in the report is checked: no key of any format in
// any encoding, no escape sequence or bidi control, no field over 300 characters, no personal
// data, no live Markdown. And what the mocks received: keys in headers only, never in a URL or argv.
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {CLI_PATH} from '../helpers/terminal-session.js';
import {expectAllSafe, expectNoKey, makeCanaries, type Canaries} from './canaries.js';
import {makeSandbox, runCli, type Sandbox} from './helpers.js';
import {startHostileProvider, type HostileMode, type HostileProvider} from './hostile-provider.js';

let sandbox: Sandbox;
const providers: HostileProvider[] = [];

beforeAll(async () => {
  if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run \`npm run build\` first`);
  sandbox = await makeSandbox();
});
afterAll(async () => {
  await Promise.all(providers.map((provider) => provider.close()));
  await sandbox?.cleanup();
});

async function hostile(
  mode: HostileMode,
): Promise<{provider: HostileProvider; canaries: Canaries}> {
  // The canaries are made first so the provider can echo every one of them.
  const probe = makeCanaries('http://127.0.0.1:1');
  const provider = await startHostileProvider(mode, probe.keys);
  providers.push(provider);
  const canaries = makeCanaries(provider.origin);
  for (const name of Object.keys(probe.env))
    if (probe.keys.includes(probe.env[name]!)) canaries.env[name] = probe.env[name]!;
  canaries.keys = probe.keys;
  return {provider, canaries};
}

function expectMocksSawNoKeyOutOfPlace(provider: HostileProvider, canaries: Canaries) {
  for (const request of provider.requests) {
    expectNoKey(`request URL ${request.url.slice(0, 40)}`, request.url, canaries.keys);
    expectNoKey('request body', request.body, canaries.keys);
  }
}

const RUNS: {mode: HostileMode; flags: string[][]}[] = [
  {mode: 'hostile', flags: [[], ['--json'], ['-v'], ['--report']]},
  {mode: 'mega', flags: [['-v'], ['--json'], ['--report']]},
  {mode: 'models-hostile', flags: [['-v'], ['--json']]},
  {mode: 'junk-2xx', flags: [['--json']]},
  {mode: 'redirect', flags: [['--json']]},
];

describe('doctor against a hostile provider and a hostile CLI', () => {
  for (const {mode, flags} of RUNS) {
    for (const flag of flags) {
      test(`${mode}: doctor ${flag.join(' ') || '(text)'} writes nothing unsafe`, async () => {
        const {provider, canaries} = await hostile(mode);
        const report = join(sandbox.root, `${mode}-report.md`);
        const args = [
          'doctor',
          '--timeout',
          '4000',
          ...flag.map((f) => (f === '--report' ? `--report=${report}` : f)),
        ];
        const run = await runCli(args, {...sandbox.env, ...canaries.env});
        expect([1, 3], run.stderr).toContain(run.code);
        expectAllSafe('stdout', run.stdout, canaries.keys);
        expectAllSafe('stderr', run.stderr, canaries.keys);
        if (flag.includes('--json')) {
          const document = JSON.parse(run.stdout) as {
            providers: {provider: string; status: string}[];
          };
          // No provider passes on an error, junk or a redirect (the hostile CLI itself does
          // accept the Cursor key, so that entry may pass).
          for (const entry of document.providers.filter((p) => p.provider !== 'cursor'))
            expect(entry.status, entry.provider).not.toBe('pass');
        }
        if (flag.includes('--report')) {
          const text = await readFile(report, 'utf8');
          expectAllSafe('report', text, canaries.keys);
          const live = text.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
          expect(live).not.toMatch(/(?<!\\)\]\(http/);
          expect(live.replace(/<\/?(details|summary)>/g, '')).not.toMatch(/<[a-z/!]/i);
        }
        expectMocksSawNoKeyOutOfPlace(provider, canaries);
        for (const call of await sandbox.agentCalls())
          expectNoKey('CLI argv', call.argv.join(' '), canaries.keys);
        expect(await sandbox.leftovers()).toEqual([]);
      });
    }
  }

  test('--report onto a symbolic link or a FIFO: exit 2, nothing written, the target untouched', async () => {
    const {symlink, writeFile} = await import('node:fs/promises');
    const {execFileSync} = await import('node:child_process');
    const target = join(sandbox.root, 'victim.txt');
    await writeFile(target, 'precious');
    const link = join(sandbox.root, 'link.md');
    await symlink(target, link);
    const fifo = join(sandbox.root, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    for (const path of [link, fifo]) {
      const run = await runCli(['doctor', `--report=${path}`], {...sandbox.env});
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(await readFile(target, 'utf8')).toBe('precious');
  });

  test('a slowloris provider and a hanging one end as inconclusive within --timeout', async () => {
    for (const mode of ['slowloris', 'hang'] as const) {
      const {canaries} = await hostile(mode);
      const run = await runCli(['doctor', '--json', '--timeout', '1500', '--no-completion'], {
        ...sandbox.env,
        ...canaries.env,
      });
      expect(run.code).toBe(3);
      expectAllSafe('stdout', run.stdout, canaries.keys);
    }
  });

  test('classify with a hostile paste on stdin and as an argument', async () => {
    const {canaries} = await hostile('hostile');
    const {hostileText} = await import('./payloads.js');
    for (const key of canaries.keys) {
      const paste = `${hostileText(key)} {"error":{"code":"${key}","message":"${'Z'.repeat(5000)}"}}`;
      for (const args of [
        ['classify', '-'],
        ['classify', '--json', '-'],
      ]) {
        const run = await runCli(args, {...sandbox.env, ...canaries.env}, paste);
        expect(run.code).toBe(0);
        expectAllSafe(`classify ${args.join(' ')}`, run.stdout + run.stderr, [key]);
      }
    }
  });
});
