// `npm run bench`: start-up and doctor costs of the built command, each measured side by side with
// its reference in one run (alternating, so a load spike hits both), as medians. Markdown by
// default, JSON with --json. Needs dist/ (the npm script builds it) and util-linux `script`.
import {execFile, execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {parseArgs, promisify, stripVTControlCharacters} from 'node:util';
import {
  startMockProvider,
  type MockProvider,
  type MockProviderName,
} from '../helpers/mock-providers/index.js';
import {type BenchReport, median, type Row, toJson, toMarkdown} from './report.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(root, 'dist/cli.js');
const PROVIDERS: readonly MockProviderName[] = [
  'openai',
  'anthropic',
  'google',
  'openrouter',
  'azure',
  'bedrock',
];
const MOCK_LATENCY_MS = 300;
/** The wizard's first frame ends with this prompt: drawn by the entry, then again by Ink. */
const FIRST_FRAME = /Paste the error you see/;
const INK_HAS_DRAWN = /Paste the error you see[^]*Paste the error you see/;

const {values: flags} = parseArgs({
  options: {json: {type: 'boolean', default: false}, runs: {type: 'string', default: '10'}},
});
const RUNS = Math.max(1, Number.parseInt(flags.runs, 10) || 10);

const scratch = mkdtempSync(join(tmpdir(), 'ckw-bench-'));
/** The reference: a Node program that prints one line and ends. */
const BARE = join(scratch, 'bare.mjs');
writeFileSync(BARE, "process.stdout.write('ready\\n');\n");
/** Loaded with --import where memory is measured: writes the peak RSS (KiB) at exit. */
const RSS_PROBE = join(scratch, 'rss.mjs');
writeFileSync(
  RSS_PROBE,
  [
    "import {writeFileSync} from 'node:fs';",
    "process.on('exit', () => writeFileSync(process.env.CKW_RSS_FILE, String(process.resourceUsage().maxRSS)));",
  ].join('\n'),
);

/** Nothing from the developer's own setup: no real CLI, home, editor or proxy. */
function isolatedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(scratch, 'home-'));
  return {
    PATH: '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
    CURSORKEY_CURSOR_USER_DIR: join(home, 'no-editor'),
    CURSORKEY_CURSOR_API_URL: 'http://127.0.0.1:9',
    CURSOR_API_ENDPOINT: 'http://127.0.0.1:9',
    ...extra,
  };
}

/** Wall time of one whole process, from spawn to exit. */
function timeProcess(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {env, stdio: ['ignore', 'ignore', 'ignore']});
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - started));
  });
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * Time until `expected` (by default any visible character) shows in a pseudo-terminal. Then
 * Ctrl+C ends the program (a person closing it at once); the promise settles when it has exited.
 */
function timeFirstText(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  expected: RegExp = /\S/,
): Promise<number> {
  const command = `stty cols 100 rows 40; ${[process.execPath, ...args].map(shellQuote).join(' ')}`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {env});
    let output = '';
    let seenAt: number | null = null;
    const onData = (chunk: Buffer) => {
      if (seenAt !== null) return;
      output += chunk.toString('utf8');
      if (!expected.test(stripVTControlCharacters(output))) return;
      seenAt = performance.now() - started;
      child.stdin.write('\u0003');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const stuck = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(stuck);
      if (seenAt === null) reject(new Error(`no text from ${args.join(' ')}:\n${output}`));
      else resolve(seenAt);
    });
  });
}

/** Alternates two measurements so both meet the same load; medians of each. */
async function sideBySide(
  subject: () => Promise<number>,
  reference: () => Promise<number>,
): Promise<{subject: number; reference: number}> {
  const subjects: number[] = [];
  const references: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    references.push(await reference());
    subjects.push(await subject());
  }
  return {subject: median(subjects), reference: median(references)};
}

async function peakRssMiB(
  measure: (env: NodeJS.ProcessEnv) => Promise<unknown>,
  env: NodeJS.ProcessEnv,
) {
  const peaks: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 5); run++) {
    const file = join(scratch, `rss-${run}`);
    writeFileSync(file, '');
    await measure({...env, CKW_RSS_FILE: file, NODE_OPTIONS: `--import=${RSS_PROBE}`});
    peaks.push(Number(readFileSync(file, 'utf8')) / 1024);
  }
  return median(peaks);
}

function progress(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

async function startMocks(providers: readonly MockProviderName[]): Promise<MockProvider[]> {
  return Promise.all(
    providers.map((provider) => startMockProvider(provider, {latencyMs: MOCK_LATENCY_MS})),
  );
}

function envOf(mocks: readonly MockProvider[]): Record<string, string> {
  return Object.assign({}, ...mocks.map((mock) => mock.env));
}

/**
 * One doctor run, checked once so the bench never times a broken setup. Asynchronous: the mocks
 * answer from this process's event loop.
 */
async function assertDoctorPasses(mocks: readonly MockProvider[]): Promise<void> {
  const {stdout} = await promisify(execFile)(process.execPath, [CLI, 'doctor', '--json'], {
    env: isolatedEnv(envOf(mocks)),
    encoding: 'utf8',
  }).catch((error: {stdout?: string}) => ({stdout: error.stdout ?? ''}));
  const doc = JSON.parse(stdout) as {providers: {provider: string; status: string}[]};
  const failing = doc.providers.filter((entry) => entry.status !== 'pass');
  if (doc.providers.length !== mocks.length || failing.length > 0) {
    throw new Error(
      `doctor should pass ${mocks.length} mock providers: ${JSON.stringify(failing)}`,
    );
  }
}

async function startRows(): Promise<Row[]> {
  const rows: Row[] = [];
  const cases: [string, string[]][] = [
    ['`--version`', ['--version']],
    ['`--help`', ['--help']],
    ['`classify` (text argument)', ['classify', '401 Unauthorized: invalid x-api-key']],
  ];
  for (const [measure, args] of cases) {
    progress(measure);
    const env = isolatedEnv();
    const {subject, reference} = await sideBySide(
      () => timeProcess([CLI, ...args], env),
      () => timeProcess([BARE], env),
    );
    rows.push({
      measure,
      value: subject,
      unit: 'ms',
      reference: {label: 'bare node', value: reference},
      target: 1.3,
      runs: RUNS,
    });
  }
  progress('wizard first frame');
  const env = isolatedEnv();
  const frame = await sideBySide(
    () => timeFirstText([CLI], env, FIRST_FRAME),
    () => timeFirstText([BARE], env),
  );
  rows.push({
    measure: 'wizard: first frame, its prompt drawn (pty)',
    value: frame.subject,
    unit: 'ms',
    reference: {label: 'bare node in a pty', value: frame.reference},
    target: 1.6,
    runs: RUNS,
  });
  progress('wizard: Ink draws over the first frame');
  const ink = await sideBySide(
    () => timeFirstText([CLI], env, INK_HAS_DRAWN),
    () => timeFirstText([BARE], env),
  );
  rows.push({
    measure: 'wizard: Ink has drawn it too, keys answered (pty)',
    value: ink.subject,
    unit: 'ms',
    reference: {label: 'bare node in a pty', value: ink.reference},
    runs: RUNS,
  });
  rows.push({
    measure: 'wizard: peak RSS once Ink has drawn',
    value: await peakRssMiB((rssEnv) => timeFirstText([CLI], rssEnv, INK_HAS_DRAWN), env),
    unit: 'MiB',
    target: 90,
  });
  return rows;
}

async function doctorRows(): Promise<Row[]> {
  progress(`doctor, ${PROVIDERS.length} mock providers at ${MOCK_LATENCY_MS} ms`);
  const mocks = await startMocks(PROVIDERS);
  try {
    await assertDoctorPasses(mocks);
    const doctor = (subset: readonly MockProvider[]) => {
      const env = isolatedEnv(envOf(subset));
      return () => timeProcess([CLI, 'doctor', '--json'], env);
    };
    // Each provider alone is one check's cost; doctor with none is the fixed part they share.
    const alone: number[] = [];
    let all = 0;
    let none = 0;
    for (const mock of mocks) {
      const pair = await sideBySide(doctor(mocks), doctor([mock]));
      alone.push(pair.reference);
      all = Math.max(all, pair.subject);
    }
    none = (await sideBySide(doctor(mocks), doctor([]))).reference;
    const slowest = Math.max(...alone);
    const sum = none + alone.reduce((total, time) => total + (time - none), 0);
    const rss = await peakRssMiB(
      (env) => timeProcess([CLI, 'doctor', '--json'], env),
      isolatedEnv(envOf(mocks)),
    );
    return [
      {
        measure: `doctor, ${PROVIDERS.length} providers at ${MOCK_LATENCY_MS} ms`,
        value: all,
        unit: 'ms',
        reference: {label: 'slowest provider alone', value: slowest},
        target: 1.25,
        runs: RUNS,
      },
      {
        measure: `doctor, ${PROVIDERS.length} providers at ${MOCK_LATENCY_MS} ms`,
        value: all,
        unit: 'ms',
        reference: {label: 'sum of the providers one by one', value: sum},
        runs: RUNS,
      },
      {measure: 'doctor: peak RSS', value: rss, unit: 'MiB'},
    ];
  } finally {
    await Promise.all(mocks.map((mock) => mock.close()));
  }
}

function packageRows(): Row[] {
  progress('package');
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as {size: number; entryCount: number}[];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return [
    {measure: 'tarball size', value: packed!.size / 1e6, unit: 'MB', target: 1},
    {measure: 'tarball files', value: packed!.entryCount, unit: 'files'},
    {
      measure: 'runtime dependencies',
      value: Object.keys(pkg.dependencies ?? {}).length,
      unit: 'deps',
      target: 0,
    },
  ];
}

try {
  const load = loadavg()[0]!;
  const rows = [...(await startRows()), ...(await doctorRows()), ...packageRows()];
  const report: BenchReport = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    loadAverage: load,
    rows,
  };
  process.stdout.write(flags.json ? toJson(report) : toMarkdown(report));
} finally {
  rmSync(scratch, {recursive: true, force: true});
}
