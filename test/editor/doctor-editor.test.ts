// doctor with the editor's state present: the built bundle reads a real state.vscdb (built by the
// sqlite3 shell) and reports the contract's `editor` object, compares accounts at step 1, and
// never prints a stored key.
import {execa} from 'execa';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findKeyShapes} from '../../source/core/secrets.js';
import {validateDoctorDocument} from '../doctor/contract.js';
import {
  type EditorDir,
  makeEditorDir,
  requireSqliteShell,
  writeStateDb,
} from '../helpers/editor-db.js';
import {startCursorApiServer} from '../helpers/cursor-api-server.js';
import {installFakeAgent, type FakeAgentInstall} from '../helpers/fake-agent.js';
import {synthetic} from '../helpers/mock-providers/keys.js';
import {CLI_PATH} from '../helpers/terminal-session.js';
import {proWithEncryptedKey, reactive} from './fixtures.js';

let agent: FakeAgentInstall;
const dirs: EditorDir[] = [];

beforeAll(async () => {
  requireSqliteShell();
  if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run \`npm run build\` first`);
  agent = await installFakeAgent();
});

afterAll(async () => {
  await agent?.cleanup();
  await Promise.all(dirs.map((dir) => dir.cleanup()));
});

async function doctor(args: string[], userDir: string, env: Record<string, string> = {}) {
  const result = await execa(process.execPath, [CLI_PATH, 'doctor', ...args], {
    env: {
      HOME: agent.home,
      PATH: agent.path,
      FAKE_AGENT_STATE: 'logged-in',
      CURSORKEY_CURSOR_USER_DIR: userDir,
      ...env,
    },
    extendEnv: false,
    reject: false,
    timeout: 25_000,
  });
  return {code: result.exitCode, stdout: result.stdout, stderr: result.stderr};
}

async function editorWith(items: Parameters<typeof writeStateDb>[1]): Promise<EditorDir> {
  const dir = await makeEditorDir();
  dirs.push(dir);
  await writeStateDb(dir.dbPath, items);
  return dir;
}

describe('doctor and the editor state', () => {
  it('the same account as the CLI: step 1 passes and `editor` follows the contract', async () => {
    const {items, secrets} = proWithEncryptedKey('owner@example.com');
    const dir = await editorWith(items);
    const run = await doctor(['--json'], dir.userDir);
    const doc = JSON.parse(run.stdout);
    expect(validateDoctorDocument(doc)).toEqual([]);
    expect(doc.steps[0]).toMatchObject({id: 'cursor-login', status: 'pass', layer: null});
    expect(doc.editor).toMatchObject({
      found: true,
      source: 'state.vscdb',
      account: {email: 'o…@example.com', plan: 'pro'},
      models: ['my-finetune', 'gpt-4.1', 'claude-sonnet-4-5'],
    });
    for (const secret of secrets) expect(run.stdout).not.toContain(secret);
  });

  it('another account than the CLI: step 1 fails as cursor-account, naming both masked', async () => {
    const dir = await editorWith(proWithEncryptedKey('other@example.com').items);
    const run = await doctor(['--json'], dir.userDir, {FAKE_AGENT_EMAIL: 'owner@example.com'});
    const doc = JSON.parse(run.stdout);
    expect(validateDoctorDocument(doc)).toEqual([]);
    expect(doc.steps[0]).toMatchObject({status: 'fail', layer: 'cursor-account'});
    // The two addresses mask alike (o…@example.com), so each shows enough to tell them apart.
    expect(doc.steps[0].fix).toContain('ot…@example.com');
    expect(doc.steps[0].fix).toContain('ow…@example.com');
    expect(doc.verdict).toMatchObject({status: 'problem', layer: 'cursor-account', step: 1});
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('other@example.com');
  });

  it('the Cursor API key owned by another account than the editor’s: step 1 fails', async () => {
    const key = synthetic.cursor();
    const api = await startCursorApiServer({
      [key]: {apiKeyName: 'ci', createdAt: '2026-11-01T00:00:00Z', userEmail: 'robot@example.org'},
    });
    try {
      const dir = await editorWith(proWithEncryptedKey('owner@example.com').items);
      const run = await doctor(['--json', '--no-completion'], dir.userDir, {
        CURSOR_API_KEY: key,
        CURSORKEY_CURSOR_API_URL: api.url,
      });
      const doc = JSON.parse(run.stdout);
      expect(validateDoctorDocument(doc)).toEqual([]);
      expect(doc.steps[0]).toMatchObject({status: 'fail', layer: 'cursor-account'});
      expect(doc.steps[0].summary).toMatch(/the Cursor API key belongs to r…@example\.org/);
      expect(doc.steps[0].fix).toContain('o…@example.com');
      expect(run.stdout).not.toContain(key);
    } finally {
      await api.close();
    }
  });

  it('addresses that differ only in case are the same account', async () => {
    const dir = await editorWith(proWithEncryptedKey('Owner@Example.com').items);
    const doc = JSON.parse((await doctor(['--json'], dir.userDir)).stdout);
    expect(doc.steps[0].status).toBe('pass');
  });

  it('the editor signed out: step 1 fails as cursor-account', async () => {
    const dir = await editorWith(reactive({}));
    const doc = JSON.parse((await doctor(['--json'], dir.userDir)).stdout);
    expect(doc.steps[0]).toMatchObject({status: 'fail', layer: 'cursor-account'});
    expect(doc.editor.account).toEqual({email: null, plan: null});
  });

  it('a plain-stored key never reaches stdout, the checklist or the report', async () => {
    const key = synthetic.openai();
    const dir = await editorWith({
      ...proWithEncryptedKey('owner@example.com').items,
      'secret://cursorAuth/openAIKey': '',
      'cursorAuth/openAIKey': ` ${key}\n`,
    });
    const json = await doctor(['--json'], dir.userDir);
    const text = await doctor(['-v'], dir.userDir);
    for (const output of [json.stdout, json.stderr, text.stdout, text.stderr]) {
      expect(output).not.toContain(key);
      expect(output).not.toContain(key.slice(10, 30));
      expect(findKeyShapes(output)).toEqual([]);
    }
    expect(JSON.parse(json.stdout).editor.byok.openai).toMatchObject({
      field: 'set',
      storage: 'plain',
    });
  });

  it('the checklist and the report show the same facts as the JSON, masked', async () => {
    const key = synthetic.anthropic();
    const dir = await editorWith({
      ...proWithEncryptedKey('owner@example.com').items,
      'cursorAuth/claudeKey': `${key} `,
    });
    const report = join(dir.userDir, '..', 'report.md');
    const text = await doctor(['--report', report], dir.userDir);
    expect(text.stdout).toContain('Cursor editor (read-only)');
    expect(text.stdout).toContain('account: o…@example.com, plan pro');
    expect(text.stdout).toContain(
      'OpenAI: set (encrypted, on, base URL https://***@openrouter.ai/api/v1)',
    );
    expect(text.stdout).toContain('Anthropic: set (plain, off)');
    expect(text.stdout).toContain('models: my-finetune, gpt-4.1, claude-sonnet-4-5');
    const markdown = await readFile(report, 'utf8');
    expect(markdown).toContain('#### Cursor editor (read-only)');
    expect(markdown).toContain('account: o…@example.com, plan pro');
    for (const output of [text.stdout, markdown]) {
      expect(output).not.toContain(key.trim());
      expect(output).not.toContain('owner@example.com');
      expect(output).not.toContain('hunter2');
    }
  });
});
