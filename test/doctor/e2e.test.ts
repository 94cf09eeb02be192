// doctor end to end: the built bundle as a child process, with the fake Cursor CLI and the mock
// providers. Asserts stdout JSON against the contract, exit codes per verdict, quiet stderr when
// it is not a terminal, and the report. Needs dist/cli.js (the test script builds it first).
import {execa} from 'execa';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findKeyShapes} from '../../source/core/secrets.js';
import {installFakeAgent, type FakeAgentInstall} from '../helpers/fake-agent.js';
import {startMockProvider, type MockProvider} from '../helpers/mock-providers/index.js';
import {CLI_PATH} from '../helpers/terminal-session.js';
import {EXIT_OF_VERDICT, validateDoctorDocument} from './contract.js';

const CLI = process.env.CURSORKEY_E2E_CLI ?? CLI_PATH;
const SYSTEM_PATH = '/usr/bin:/bin';

let scratch: string;
let agent: FakeAgentInstall;
const mocks: MockProvider[] = [];

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  scratch = await mkdtemp(join(tmpdir(), 'ckw-doctor-e2e-'));
  agent = await installFakeAgent();
});

afterAll(async () => {
  await Promise.all(mocks.map((mock) => mock.close()));
  await agent?.cleanup();
  await rm(scratch, {recursive: true, force: true});
});

async function doctor(args: string[], env: Record<string, string>, input = '') {
  const result = await execa(process.execPath, [CLI, ...args], {
    env: {HOME: agent.home, CURSORKEY_CURSOR_USER_DIR: join(scratch, 'no-editor'), ...env},
    extendEnv: false,
    input,
    reject: false,
    timeout: 25_000,
  });
  return {code: result.exitCode, stdout: result.stdout, stderr: result.stderr};
}

async function doctorJson(args: string[], env: Record<string, string>) {
  const run = await doctor(['doctor', '--json', ...args], env);
  let doc: Record<string, any>;
  try {
    doc = JSON.parse(run.stdout);
  } catch {
    throw new Error(`stdout is not one JSON document:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
  expect(validateDoctorDocument(doc)).toEqual([]);
  expect(run.code).toBe(EXIT_OF_VERDICT[doc.verdict.status]);
  // Not a terminal: no progress on stderr; at most the report's one line.
  expect(run.stderr.replace(/^Report written to .*\n?/m, '')).toBe('');
  return {...run, doc};
}

describe('doctor end to end', () => {
  it('no Cursor CLI on PATH and no keys: step 2 skip, no providers, ok, exit 0', async () => {
    const {code, doc} = await doctorJson([], {PATH: SYSTEM_PATH});
    expect(code).toBe(0);
    expect(doc.steps[1]).toMatchObject({id: 'cli-status', status: 'skip'});
    expect(doc.providers).toEqual([]);
    expect(doc.verdict.status).toBe('ok');
  });

  it('CURSORKEY_AGENT_BIN that is not the Cursor CLI: step 2 fails as cursor-cli, exit 1 in both modes', async () => {
    const env = {PATH: SYSTEM_PATH, CURSORKEY_AGENT_BIN: '/bin/echo'};
    const {doc} = await doctorJson([], env);
    expect(doc.steps[1]).toMatchObject({status: 'fail', layer: 'cursor-cli'});
    expect(doc.steps[1].fix).toBeTruthy();
    expect(doc.verdict).toMatchObject({status: 'problem', layer: 'cursor-cli', step: 2});
    const text = await doctor(['doctor'], env);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^ 2 {2}✗ fail/m);
    expect(text.stdout).toMatch(/run: /);
  });

  // A June 2026 build (https://github.com/agentclientprotocol/registry/pull/404) once failed here
  // with "is not the Cursor CLI: `--version` printed no Cursor version".
  it('a logged-in CLI of a timestamped June 2026 build passes step 2, in both modes', async () => {
    const env = {
      PATH: agent.path,
      FAKE_AGENT_STATE: 'logged-in',
      FAKE_AGENT_VERSION_FORM: 'timestamped',
    };
    const {doc} = await doctorJson([], env);
    expect(doc.steps[1]).toMatchObject({id: 'cli-status', status: 'pass', layer: null});
    const text = await doctor(['doctor', '-v'], env);
    expect(text.stdout).toMatch(/^ 2 {2}✓ pass/m);
    expect(text.stdout).toContain('2026.06.24-00-45-58-9f61de7');
  });

  it('fake CLI logged in and an OpenAI key out of quota: problem at quota, step 9, with the report', async () => {
    const mock = await startMockProvider('openai', {scenario: 'out-of-quota'});
    mocks.push(mock);
    const report = join(scratch, 'quota.md');
    const env = {PATH: agent.path, FAKE_AGENT_STATE: 'logged-in', ...mock.env};
    const {doc} = await doctorJson(['--report', report], env);
    expect(doc.steps[1]).toMatchObject({status: 'pass'});
    const openai = doc.providers.find((p: {provider: string}) => p.provider === 'openai');
    expect(openai).toMatchObject({status: 'fail', layer: 'quota', keySource: 'env:OPENAI_API_KEY'});
    expect(doc.verdict).toMatchObject({status: 'problem', layer: 'quota'});
    const text = await readFile(report, 'utf8');
    expect(text).not.toContain(mock.key);
    expect(findKeyShapes(text)).toEqual([]);
    expect(text).toContain('2026.09.15-d2fe57e');
    expect(JSON.stringify(doc)).not.toContain(mock.key);
  });

  it('a provider that refuses the request for its length: problem at the request layer, not the key', async () => {
    const mock = await startMockProvider('anthropic', {scenario: 'prompt-too-long'});
    mocks.push(mock);
    const report = join(scratch, 'request.md');
    const env = {PATH: SYSTEM_PATH, ...mock.env};
    const {code, doc} = await doctorJson(['--report', report], env);
    expect(code).toBe(1);
    const anthropic = doc.providers.find((p: {provider: string}) => p.provider === 'anthropic');
    expect(anthropic).toMatchObject({status: 'fail', layer: 'request', httpStatus: 400});
    expect(doc.steps[6]).toMatchObject({id: 'provider-test', status: 'fail', layer: 'request'});
    expect(doc.steps[6].fix).toMatch(/new chat.*shorter context.*another model/);
    expect(doc.verdict).toMatchObject({status: 'problem', layer: 'request'});
    const text = await readFile(report, 'utf8');
    expect(text).toMatch(/request/);
    expect(text).toMatch(/new chat/);
  });

  it('a provider that never answers within --timeout is inconclusive, exit 3', async () => {
    const mock = await startMockProvider('anthropic', {scenario: 'hang'});
    mocks.push(mock);
    const {code, doc} = await doctorJson(['--timeout', '300', '--no-completion'], {
      PATH: SYSTEM_PATH,
      ...mock.env,
    });
    expect(doc.verdict.status).toBe('inconclusive');
    expect(code).toBe(3);
  });

  it('a key piped on stdin is tested and never printed', async () => {
    const mock = await startMockProvider('openai', {scenario: 'invalid'});
    mocks.push(mock);
    const {OPENAI_API_KEY: key, ...rest} = mock.env;
    const run = await doctor(
      ['doctor', '--json', '--no-completion'],
      {PATH: SYSTEM_PATH, ...rest},
      `${key}\n`,
    );
    const doc = JSON.parse(run.stdout);
    expect(validateDoctorDocument(doc)).toEqual([]);
    expect(doc.providers).toEqual([
      expect.objectContaining({provider: 'openai', keySource: 'stdin', status: 'fail'}),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toContain(key!);
  });

  it('usage errors exit 2 with one line on stderr and nothing on stdout', async () => {
    const run = await doctor(['doctor', '--json', '--timeout', '0'], {PATH: SYSTEM_PATH});
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the bare command without a terminal says so on stderr and runs doctor', async () => {
    const run = await doctor([], {PATH: SYSTEM_PATH});
    expect(run.stderr.split('\n')[0]).toMatch(/running `cursorkey-wizard doctor`/);
    expect(run.stdout).toMatch(/Result: ok/);
    expect(run.code).toBe(0);
  });
});
