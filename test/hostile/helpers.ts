// Running the built command against the hostile provider and the hostile CLI, from a clean
// environment: a HOME of its own, a TMPDIR of its own (so leftovers can be seen), no real hosts.
import {execa} from 'execa';
import {mkdir, mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {CLI_PATH} from '../helpers/terminal-session.js';

export const HOSTILE_AGENT = fileURLToPath(
  new URL('./fixtures/hostile-agent.mjs', import.meta.url),
);

export interface Sandbox {
  root: string;
  home: string;
  tmp: string;
  agentDir: string;
  /** The environment every run starts from. */
  env: Record<string, string>;
  /** What the hostile CLI was called with: argv and the HOME it saw. */
  agentCalls(): Promise<{argv: string[]; home: string; ci: string | null}[]>;
  /** Entries left in the run's TMPDIR. */
  leftovers(): Promise<string[]>;
  cleanup(): Promise<void>;
}

export async function makeSandbox(extra: Record<string, string> = {}): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), 'ckw-hostile-'));
  const home = join(root, 'home');
  const tmp = join(root, 'tmp');
  const agentDir = join(root, 'agent');
  await Promise.all([mkdir(home), mkdir(tmp), mkdir(agentDir)]);
  return {
    root,
    home,
    tmp,
    agentDir,
    env: {
      PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
      HOME: home,
      TMPDIR: tmp,
      LANG: 'C.UTF-8',
      CURSORKEY_AGENT_BIN: HOSTILE_AGENT,
      HOSTILE_AGENT_DIR: agentDir,
      CURSORKEY_CURSOR_USER_DIR: join(root, 'no-editor'),
      ...extra,
    },
    async agentCalls() {
      const log = join(agentDir, 'argv.log');
      if (!existsSync(log)) return [];
      return (await readFile(log, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as {argv: string[]; home: string; ci: string | null});
    },
    leftovers: () => readdir(tmp),
    cleanup: () => rm(root, {recursive: true, force: true}),
  };
}

export async function runCli(args: readonly string[], env: Record<string, string>, input = '') {
  const result = await execa(process.execPath, [CLI_PATH, ...args], {
    env,
    extendEnv: false,
    input,
    reject: false,
    timeout: 25_000,
    stripFinalNewline: false,
  });
  return {code: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr)};
}
