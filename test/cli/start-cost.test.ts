// What each mode of the built command loads, read from Node's own module loader while it runs and
// named by the bundle's metafile: the cheap modes must not pay for Ink, React, undici or steps.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, test} from 'vitest';
import {
  BEGIN_SYNC,
  CLI_PATH,
  END_SYNC,
  screenAfter,
  startTerminal,
  type TerminalSession,
} from '../helpers/terminal-session.js';
import {scratchDir} from '../helpers/scratch-dir.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const register = fileURLToPath(new URL('../fixtures/module-log/register.mjs', import.meta.url));

interface Metafile {
  outputs: Record<
    string,
    {inputs: Record<string, unknown>; imports?: {path: string; kind: string}[]}
  >;
}

const HEAVY = {
  ink: /node_modules\/(ink|yoga-layout)\//,
  react: /node_modules\/(react|react-reconciler|scheduler)\//,
  undici: /node_modules\/undici\//,
  // A step's file and its checks are code; the order and titles (core/step-order.ts) are data.
  steps: /^source\/core\/steps\//,
  devtools: /node_modules\/(ws|react-devtools-core)\/|node_modules\/ink\/build\/devtools/,
};
type Heavy = keyof typeof HEAVY;

function scratch(): string {
  return scratchDir('start');
}

/** The bundle files listed in a module log. */
function filesIn(logFile: string): string[] {
  const loaded = readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => relative(root, fileURLToPath(url)));
  expect(loaded).toContain('dist/cli.js');
  return loaded;
}

/** The source files behind the bundle files listed in a module log. */
function sourcesIn(logFile: string): string[] {
  const meta = JSON.parse(readFileSync(join(root, 'dist/meta.json'), 'utf8')) as Metafile;
  return filesIn(logFile).flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {}));
}

function heavyIn(sources: readonly string[]): Heavy[] {
  return (Object.keys(HEAVY) as Heavy[]).filter((name) =>
    sources.some((source) => HEAVY[name].test(source)),
  );
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): string[] {
  return sourcesIn(runLogged(args, env));
}

/** Runs the built command with its module log on; the log's path. */
function runLogged(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const home = scratch();
  const log = join(home, 'modules.log');
  writeFileSync(log, '');
  execFileSync(process.execPath, ['--import', register, CLI_PATH, ...args], {
    env: {
      PATH: '/usr/bin:/bin',
      HOME: home,
      CURSORKEY_CURSOR_USER_DIR: join(home, 'no-editor'),
      CKW_MODULE_LOG: log,
      ...env,
    },
    input: '',
    encoding: 'utf8',
  });
  return log;
}

describe('each mode loads only what it runs', () => {
  test('--version and --help load nothing heavy', () => {
    expect(heavyIn(run(['--version']))).toEqual([]);
    expect(heavyIn(run(['--help']))).toEqual([]);
  });

  test('classify loads no Ink, React, undici or step code, in either output form', () => {
    const json = run(['classify', '--json', '401 Unauthorized: invalid x-api-key']);
    expect(json).toContain('source/core/classify/classify-core.ts');
    expect(heavyIn(json)).toEqual([]);
    const human = run(['classify', '401 Unauthorized: invalid x-api-key']);
    expect(human).toContain('source/core/step-order.ts');
    expect(heavyIn(human)).toEqual([]);
  });

  test('--version is the entry alone, and --help and classify one file after it: each file costs a load of its own', () => {
    expect(filesIn(runLogged(['--version']))).toEqual(['dist/cli.js']);
    expect(filesIn(runLogged(['--help']))).toEqual(['dist/cli.js', 'dist/chunks/help.js']);
    const log = runLogged(['classify', '401 Unauthorized: invalid x-api-key']);
    expect(filesIn(log)).toEqual(['dist/cli.js', 'dist/chunks/classify-cli.js']);
  });

  test('doctor loads no Ink or React', () => {
    const sources = run(['doctor', '--json']);
    expect(sources).toContain('source/doctor/run-doctor.ts');
    expect(heavyIn(sources)).toEqual(['steps']);
  });

  test('DEV=true does not bring Ink devtools or ws into the bundle', () => {
    const meta = JSON.parse(readFileSync(join(root, 'dist/meta.json'), 'utf8')) as Metafile;
    const bundled = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(bundled.filter((source) => HEAVY.devtools.test(source))).toEqual([]);
  });
});

describe('the wizard', () => {
  let session: TerminalSession | undefined;
  afterEach(() => session?.kill());

  /** The pre-drawn frame and then Ink's own: the paste prompt has been written twice. */
  const INK_HAS_DRAWN = /Paste the error you see[^]*Paste the error you see/;
  const SGR = /\u001B\[\d+m/g;

  function wizardEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return {
      PATH: '/usr/bin:/bin',
      HOME: home,
      LANG: 'C.UTF-8',
      CURSORKEY_CURSOR_USER_DIR: join(home, 'no-editor'),
      CURSORKEY_CURSOR_API_URL: 'http://127.0.0.1:9',
      ...extra,
    };
  }

  test('the entry draws the first frame, and the entry holds no Ink, React, undici or step code', () => {
    const meta = JSON.parse(readFileSync(join(root, 'dist/meta.json'), 'utf8')) as Metafile;
    const entry = Object.keys(meta.outputs['dist/cli.js']!.inputs);
    expect(entry).toContain('source/cli/first-frame.ts');
    expect(heavyIn(entry)).toEqual([]);
    // An ESM import of node:fs loads its stream classes too, on every start; the entry asks for
    // it only on the wizard's way, and node:crypto not at all.
    const imported = meta.outputs['dist/cli.js']!.imports!.filter(
      (dependency) => dependency.kind === 'import-statement',
    );
    expect(imported.map((dependency) => dependency.path)).not.toContain('node:fs');
    expect(imported.map((dependency) => dependency.path)).not.toContain('node:crypto');
  });

  test.each([
    {args: [], size: {columns: 100, rows: 40}},
    {args: [], size: {columns: 50, rows: 12}},
    {args: ['--no-color'], size: {columns: 100, rows: 40}},
    {args: ['--share'], size: {columns: 72, rows: 24}},
  ])(
    'with $args on $size.columns columns, Ink draws over the first frame exactly, once',
    async ({args, size}) => {
      session = startTerminal(args, wizardEnv(scratch()), size);
      await session.waitFor(INK_HAS_DRAWN);
      const raw = session.raw();
      const inkStarts = raw.indexOf(BEGIN_SYNC);
      const drawn = raw.slice(0, inkStarts);
      const inkFrame = raw.slice(inkStarts, raw.indexOf(END_SYNC, inkStarts));
      const before = await screenAfter(drawn, size);
      const after = await session.screen();
      expect(before.join('\n')).toMatch(/^cursorkey-wizard · 10 steps/);
      expect(after).toEqual(before);
      expect(after.filter((row) => row.startsWith('cursorkey-wizard ·'))).toHaveLength(1);
      // The same colours and weights, in the same places.
      expect(drawn.match(SGR)).toEqual(inkFrame.match(SGR));
    },
  );

  test('with saved progress it says it is starting instead, and Ink draws over that line', async () => {
    const home = scratch();
    const cache = join(home, 'cache');
    mkdirSync(join(cache, 'cursorkey-wizard'), {recursive: true});
    writeFileSync(join(cache, 'cursorkey-wizard', 'progress.json'), '{"version": 1, "savedAt');
    session = startTerminal([], wizardEnv(home, {XDG_CACHE_HOME: cache}));
    await session.waitFor('Paste the error you see');
    expect(session.raw()).toMatch(/^cursorkey-wizard \S+ · starting…\r\n/);
    const screen = (await session.screen()).join('\n');
    expect(screen).toMatch(/^Saved progress ignored/);
    expect(screen).not.toContain('starting…');
  });

  test('Ink has drawn before undici loads', async () => {
    const home = scratch();
    const log = join(home, 'modules.log');
    writeFileSync(log, '');
    session = startTerminal(
      [],
      wizardEnv(home, {CKW_MODULE_LOG: log, NODE_OPTIONS: `--import=${register}`}),
    );
    await session.waitFor(INK_HAS_DRAWN);
    const sources = sourcesIn(log);
    expect(heavyIn(sources)).toContain('ink');
    expect(heavyIn(sources)).not.toContain('undici');
  });
});
