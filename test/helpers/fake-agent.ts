// Puts the fake Cursor CLI on a private PATH under both of its names, and reads back what it
// logged about each run.
import {mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {delimiter, dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const FAKE_AGENT_SCRIPT = fileURLToPath(
  new URL('../fixtures/fake-agent/agent.mjs', import.meta.url),
);

export interface AgentRun {
  name: string;
  pid: number;
  argv: string[];
  HOME: string | null;
  XDG_CONFIG_HOME: string | null;
  CURSOR_CONFIG_DIR: string | null;
  CURSOR_DATA_DIR: string | null;
  AGENT_CLI_CREDENTIAL_STORE: string | null;
  NO_OPEN_BROWSER: string | null;
  hasApiKey: boolean;
  hasAuthToken: boolean;
}

export interface FakeAgentInstall {
  /** A directory holding `agent` and/or `cursor-agent`. */
  binDir: string;
  /** PATH for the test: the fake first, then node and the system tools (`ps`). */
  path: string;
  /** A scratch directory standing in for the person's real home; it must stay empty. */
  home: string;
  log: string;
  stateFile: string;
  runs(): Promise<AgentRun[]>;
  cleanup(): Promise<void>;
}

export async function installFakeAgent(
  names: readonly string[] = ['agent', 'cursor-agent'],
): Promise<FakeAgentInstall> {
  const root = await mkdtemp(join(tmpdir(), 'fake-agent-'));
  const binDir = join(root, 'bin');
  const home = join(root, 'home');
  await mkdir(binDir);
  await mkdir(home);
  for (const name of names) await symlink(FAKE_AGENT_SCRIPT, join(binDir, name));
  const log = join(root, 'agent.log');
  await writeFile(log, '');
  const system = ['/usr/bin', '/bin'].filter((dir) => existsSync(dir));
  return {
    binDir,
    path: [binDir, dirname(process.execPath), ...system].join(delimiter),
    home,
    log,
    stateFile: join(root, 'state'),
    async runs() {
      const text = await readFile(log, 'utf8');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as AgentRun);
    },
    cleanup: () => rm(root, {recursive: true, force: true}),
  };
}

/** True while a process with this id exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
