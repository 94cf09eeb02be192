// The three layers of 2026-12 (cursor-plan, cursor-service, request) through the built doctor:
// the check that meets one names it, the verdict names its layer and the step that owns it, and
// the report shows the layer and its fix without the key. Loopback stand-ins only.
import {execa} from 'execa';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {findKeyShapes} from '../../source/core/secrets.js';
import {
  startCursorApiServer,
  V1_ERRORS,
  type CursorApiServer,
} from '../helpers/cursor-api-server.js';
import {startMockProvider, synthetic, type MockProvider} from '../helpers/mock-providers/index.js';
import {CLI_PATH} from '../helpers/terminal-session.js';
import {EXIT_OF_VERDICT, validateDoctorDocument} from './contract.js';

const CLI = process.env.CURSORKEY_E2E_CLI ?? CLI_PATH;
/** No Cursor CLI on it: the key-info API alone judges the Cursor key. */
const SYSTEM_PATH = '/usr/bin:/bin';

let scratch: string;
let cursorApi: CursorApiServer | undefined;
let mock: MockProvider | undefined;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  scratch = await mkdtemp(join(tmpdir(), 'ckw-new-layers-'));
});
afterEach(async () => {
  await cursorApi?.close();
  cursorApi = undefined;
  await mock?.close();
  mock = undefined;
});
afterAll(async () => {
  await rm(scratch, {recursive: true, force: true});
});

async function doctorWithReport(name: string, env: Record<string, string>) {
  const report = join(scratch, `${name}.md`);
  const run = await execa(process.execPath, [CLI, 'doctor', '--json', '--report', report], {
    env: {HOME: scratch, CURSORKEY_CURSOR_USER_DIR: join(scratch, 'no-editor'), ...env},
    extendEnv: false,
    reject: false,
    timeout: 25_000,
  });
  const doc = JSON.parse(run.stdout);
  expect(validateDoctorDocument(doc)).toEqual([]);
  expect(run.exitCode).toBe(EXIT_OF_VERDICT[doc.verdict.status]);
  return {doc, report: await readFile(report, 'utf8'), stdout: run.stdout};
}

function expectNoKey(key: string, ...outputs: string[]) {
  for (const output of outputs) {
    expect(output).not.toContain(key);
    expect(output).not.toContain(key.slice(4, 20));
    expect(findKeyShapes(output)).toEqual([]);
  }
}

/** The Cursor key answered by a stand-in Cursor API that gives one fixed answer. */
async function cursorKeyAnswered(status: number, body?: unknown) {
  const key = synthetic.cursor();
  cursorApi = await startCursorApiServer({});
  cursorApi.forceStatus = status;
  cursorApi.forceBody = body;
  return {
    key,
    env: {PATH: SYSTEM_PATH, CURSOR_API_KEY: key, CURSORKEY_CURSOR_API_URL: cursorApi.url},
  };
}

describe('doctor meets the new layers', () => {
  it.each([
    ['plan_required', 403, V1_ERRORS.planRequired],
    ['usage_limit_exceeded', 429, V1_ERRORS.usageLimitExceeded],
  ])(
    'cursor-plan (%s): step 4 fails on it, the verdict points at step 1 with the plan and usage pages',
    async (code, status, body) => {
      const {key, env} = await cursorKeyAnswered(status, body);
      const {doc, report, stdout} = await doctorWithReport(`plan-${code}`, env);
      expect(doc.steps[3]).toMatchObject({
        id: 'user-api-key',
        status: 'fail',
        layer: 'cursor-plan',
      });
      expect(doc.verdict).toMatchObject({status: 'problem', layer: 'cursor-plan', step: 1});
      expect(doc.verdict.action).toMatch(/cursor\.com\/dashboard\?tab=usage/);
      expect(doc.verdict.action).toMatch(/cursor\.com\/pricing/);
      expect(report).toContain('cursor-plan');
      expect(report).toMatch(/cursor\.com\/pricing/);
      expectNoKey(key, report, stdout);
    },
  );

  it("cursor-service: Cursor's API failing leaves the key unjudged, the verdict points at step 10 and the status page", async () => {
    const {key, env} = await cursorKeyAnswered(503);
    const {doc, report, stdout} = await doctorWithReport('service', env);
    expect(doc.steps[3]).toMatchObject({status: 'unknown', layer: 'cursor-service'});
    expect(doc.verdict).toMatchObject({status: 'inconclusive', layer: 'cursor-service', step: 10});
    expect(doc.verdict.action).toMatch(/status\.cursor\.com/);
    expect(report).toContain('cursor-service');
    expect(report).toMatch(/status\.cursor\.com/);
    expectNoKey(key, report, stdout);
  });

  it.each([
    {
      provider: 'openai',
      scenario: 'prompt-too-long',
      fix: /new chat.*shorter context.*another model/,
    },
    {
      provider: 'anthropic',
      scenario: 'prompt-too-long',
      fix: /new chat.*shorter context.*another model/,
    },
    {
      provider: 'azure',
      scenario: 'content-filtered',
      fix: /content filter.*another model.*the key is fine/,
    },
  ] as const)(
    'request ($provider, $scenario): the verdict points at step 8 with the fix for that refusal',
    async ({provider, scenario, fix}) => {
      mock = await startMockProvider(provider, {scenario});
      const {doc, report, stdout} = await doctorWithReport(`request-${provider}`, {
        PATH: SYSTEM_PATH,
        ...mock.env,
      });
      expect(doc.providers[0]).toMatchObject({provider, status: 'fail', layer: 'request'});
      expect(doc.steps[6]).toMatchObject({status: 'fail', layer: 'request'});
      expect(doc.verdict).toMatchObject({status: 'problem', layer: 'request', step: 8});
      expect(doc.verdict.action).toMatch(fix);
      expect(report).toContain('request');
      expect(report.replace(/\s+/g, ' ')).toMatch(fix);
      expectNoKey(mock.key, report, stdout);
    },
  );
});
