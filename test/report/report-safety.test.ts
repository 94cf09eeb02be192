// The report renders outside text as the literal text (no link, image, HTML or emphasis from a
// provider), and the writer never follows a link, never writes into anything but a regular file,
// and creates new reports private to their owner.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {lstat, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {buildReport, type ReportInput} from '../../source/report/build-report.js';
import {code, fence, literal} from '../../source/report/markdown.js';
import {editorJson, editorLines} from '../../source/core/editor/editor-json.js';
import {ITEM} from '../../source/core/editor/items.js';
import {editorStateFrom} from '../../source/core/editor/state.js';
import {scanReportForKeys} from '../../source/report/scan.js';
import {writeReport} from '../../source/report/write-report.js';
import {synthetic} from '../helpers/mock-providers/keys.js';

/** What a hostile provider puts in its error message to make a shared report do something. */
export const HOSTILE_MARKDOWN = [
  '[click here](http://evil.example/steal)',
  '![pixel](http://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="http://evil.example">x</a>',
  '**bold** __strong__ *em* _em_ ~~gone~~',
  '`code` ``more``',
  'https://evil.example/bare',
  'www.evil.example',
  'mallory@evil.example',
  '&lt;already-escaped&gt; &#x3C;entity',
  '<https://evil.example/auto>',
  '[ref]: http://evil.example',
  '| cell | break |',
];

function report(text: string): string {
  const input: ReportInput = {
    tool: {name: 'cursorkey-wizard', version: '1.2.3'},
    system: {os: 'Linux', node: 'v20', home: '/home/pat'},
    cli: {path: `/usr/bin/agent${text}`, name: 'agent', version: text},
    startedAt: 's',
    finishedAt: 'f',
    mode: 'doctor',
    steps: [
      {
        n: 7,
        id: 'provider-test',
        title: 't',
        status: 'fail',
        summary: `OpenAI said: ${text}`,
        evidence: [`body: ${text}`],
        layer: 'provider-key',
        fix: `Do ${text}`,
      },
    ],
    providers: [
      {
        provider: 'openai',
        keySource: 'env:OPENAI_API_KEY',
        fingerprint: 'fp:1a2b3c4d',
        baseUrl: `https://api.example/${text}`,
        status: 'fail',
        layer: 'provider-key',
        httpStatus: 401,
        code: text,
        retryAfterSeconds: null,
        requestId: text,
      },
    ],
    verdict: {status: 'problem', layer: 'provider-key', step: 7, action: `Fix: ${text}`},
    classification: {
      schema: 1,
      layer: 'provider-key',
      alsoPossible: [],
      step: 7,
      provider: 'openai',
      httpStatus: 401,
      code: text,
      action: text,
    },
  };
  return buildReport(input);
}

/** The report outside its evidence fence, where Markdown is live. */
function liveMarkdown(text: string): string {
  return text.replace(/^(`{3,})text\n[\s\S]*?\n\1$/m, '');
}

/** Code spans render literally; strip them to see what remains live. */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

describe('outside text in the report renders literally', () => {
  for (const hostile of HOSTILE_MARKDOWN) {
    it(`no live Markdown or HTML from ${JSON.stringify(hostile)}`, () => {
      const live = withoutCodeSpans(liveMarkdown(report(hostile)));
      const html = live.replace(/<\/?(?:details|summary)>/g, '');
      expect(html).not.toMatch(/<[a-z!/]/i);
      expect(live).not.toMatch(/(?<!\\)\]\(/);
      expect(live).not.toMatch(/(?<!\\)\[(?:click|pixel|ref)/);
      expect(live).not.toMatch(/(?<![\\*])\*\*bold/);
      expect(live).not.toMatch(/(?<!\\)~~gone/);
      expect(live).not.toMatch(/https?:\/\/evil/);
      expect(live).not.toMatch(/www\.evil/);
      expect(live).not.toMatch(/mallory@/);
      // Every table row keeps its five or nine columns.
      for (const row of live.split('\n').filter((line) => line.startsWith('| 7 |')))
        expect(row.split(/(?<!\\)\|/).length).toBe(7);
    });
  }

  it('literal() keeps the text readable: unescaping gives back the original', () => {
    for (const hostile of HOSTILE_MARKDOWN) {
      const back = literal(hostile)
        .replace(/\\(.)/g, '$1')
        .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      expect(back).toBe(hostile);
    }
  });

  it('the pre-share scan still finds a key that escaping would have disguised', () => {
    const key = `sk-ant-api03-${'a_b'.repeat(31)}AA`;
    expect(scanReportForKeys(literal(key)).length).toBe(1);
  });
});

describe('writeReport writes only a regular file, privately', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ckw-safe-write-'));
  });
  afterEach(async () => {
    await rm(dir, {recursive: true, force: true});
  });

  it('a new report is created with mode 0600', async () => {
    const path = join(dir, 'new.md');
    expect((await writeReport(path, 'clean\n')).ok).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('an existing regular file is replaced, not appended to', async () => {
    const path = join(dir, 'old.md');
    await writeFile(path, 'x'.repeat(1000));
    expect((await writeReport(path, 'short\n')).ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('short\n');
  });

  it('refuses a symbolic link to a file, and leaves its target untouched', async () => {
    const target = join(dir, 'victim.txt');
    await writeFile(target, 'precious');
    const link = join(dir, 'link.md');
    await symlink(target, link);
    const outcome = await writeReport(link, 'report\n');
    expect(outcome).toMatchObject({ok: false, refused: true});
    expect(await readFile(target, 'utf8')).toBe('precious');
    expect(await readlink(link)).toBe(target);
  });

  it('refuses a dangling symbolic link and creates nothing where it points', async () => {
    const link = join(dir, 'dangling.md');
    const target = join(dir, 'would-be-created.txt');
    await symlink(target, link);
    expect(await writeReport(link, 'report\n')).toMatchObject({ok: false, refused: true});
    expect(existsSync(target)).toBe(false);
  });

  it.runIf(process.platform !== 'win32')('refuses a FIFO without blocking on it', async () => {
    const fifo = join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    expect(await writeReport(fifo, 'report\n')).toMatchObject({ok: false, refused: true});
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it.runIf(process.platform === 'linux')('refuses a device', async () => {
    expect(await writeReport('/dev/null', 'report\n')).toMatchObject({ok: false, refused: true});
  });

  it('a refusal message never holds a key', async () => {
    const key = synthetic.openai();
    const outcome = await writeReport(join(dir, 'k.md'), `key ${key}`);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).not.toContain(key.slice(8, 20));
  });
});

describe('a report exported mid-run', () => {
  it('says it is incomplete, names what was not reached and lists the failures so far', async () => {
    const {createWizardReport} = await import('../../source/cli/wizard-report.js');
    const {createInitialState, createWizardReducer} =
      await import('../../source/core/wizard-machine.js');
    const {STEPS} = await import('../../source/core/steps/index.js');
    const reduce = createWizardReducer(STEPS);
    let state = createInitialState(STEPS, {});
    state = reduce(state, {type: 'run-started', id: 'cursor-login', runId: 1});
    state = reduce(state, {
      type: 'run-finished',
      id: 'cursor-login',
      runId: 1,
      result: {
        status: 'fail',
        summary: 'Wrong account',
        evidence: [],
        layer: 'cursor-account',
        fix: null,
      },
    });
    const report = createWizardReport({
      steps: STEPS,
      env: {},
      version: '9.9.9',
      cwd: tmpdir(),
      startedAt: new Date('2026-11-29T10:00:00Z'),
    }).prepare(state).text;
    expect(report).toMatch(/\*\*Incomplete:\*\*/);
    expect(report).toMatch(/not reached: .*`cli-status`/);
    expect(report).toMatch(/Failures so far: step 1 `cursor-login`/);
    expect(report).not.toMatch(/\*\*Verdict:\*\* ok/);

    const untouched = createWizardReport({
      steps: STEPS,
      env: {},
      version: '9.9.9',
      cwd: tmpdir(),
      startedAt: new Date('2026-11-29T10:00:00Z'),
    }).prepare(createInitialState(STEPS, {})).text;
    expect(untouched).toMatch(/\*\*Verdict:\*\* incomplete/);
    expect(untouched).toMatch(/Failures so far: none/);
  });

  it('times each step the runner ran by its own run, and the rest by the session', async () => {
    const {createWizardReport} = await import('../../source/cli/wizard-report.js');
    const {createInitialState, createWizardReducer} =
      await import('../../source/core/wizard-machine.js');
    const {STEPS} = await import('../../source/core/steps/index.js');
    const reduce = createWizardReducer(STEPS);
    let state = createInitialState(STEPS, {});
    state = reduce(state, {type: 'run-started', id: 'cursor-login', runId: 1});
    state = reduce(state, {
      type: 'run-finished',
      id: 'cursor-login',
      runId: 1,
      result: {
        status: 'manual',
        summary: 'Check the account',
        evidence: [],
        layer: null,
        fix: null,
      },
      timing: {
        startedAt: Date.parse('2026-11-29T10:00:05Z'),
        finishedAt: Date.parse('2026-11-29T10:00:07Z'),
      },
    });
    const report = createWizardReport({
      steps: STEPS,
      env: {},
      version: '9.9.9',
      cwd: tmpdir(),
      startedAt: new Date('2026-11-29T10:00:00Z'),
      now: () => new Date('2026-11-29T10:09:00Z'),
    }).prepare(state).text;
    expect(report).toContain(
      '[1] cursor-login: manual  (2026-11-29T10:00:05.000Z → 2026-11-29T10:00:07.000Z)',
    );
    expect(report).toContain(
      '[2] cli-status: skip  (2026-11-29T10:00:00.000Z → 2026-11-29T10:09:00.000Z)',
    );
  });

  it('a step running again is not reached yet, and is timed by the session, not by its earlier run', async () => {
    const {createWizardReport} = await import('../../source/cli/wizard-report.js');
    const {createInitialState, createWizardReducer} =
      await import('../../source/core/wizard-machine.js');
    const {STEPS} = await import('../../source/core/steps/index.js');
    const reduce = createWizardReducer(STEPS);
    let state = createInitialState(STEPS, {});
    state = reduce(state, {type: 'run-started', id: 'cursor-login', runId: 1});
    state = reduce(state, {
      type: 'run-finished',
      id: 'cursor-login',
      runId: 1,
      result: {status: 'fail', summary: 'Wrong account', evidence: [], layer: null, fix: null},
      timing: {
        startedAt: Date.parse('2026-11-29T10:00:05Z'),
        finishedAt: Date.parse('2026-11-29T10:00:07Z'),
      },
    });
    state = reduce(state, {type: 'recheck'});
    state = reduce(state, {type: 'run-started', id: 'cursor-login', runId: 2});
    const report = createWizardReport({
      steps: STEPS,
      env: {},
      version: '9.9.9',
      cwd: tmpdir(),
      startedAt: new Date('2026-11-29T10:00:00Z'),
      now: () => new Date('2026-11-29T10:09:00Z'),
    }).prepare(state).text;
    expect(report).toContain(
      '[1] cursor-login: skip  (2026-11-29T10:00:00.000Z → 2026-11-29T10:09:00.000Z)',
    );
  });
});

describe('fences and code spans around a flood of backticks', () => {
  // The editor's state file is outside text with no limit on its model list: 200,000 model ids
  // of backticks once overflowed the stack while the report chose its fence.
  it('the editor section of a hostile state file still builds', () => {
    const state = editorStateFrom({
      kind: 'read',
      items: new Map([
        [
          ITEM.reactive,
          JSON.stringify({
            aiSettings: {userAddedModels: Array.from({length: 200_000}, (_, i) => `\`\`\`${i}`)},
          }),
        ],
      ]),
      stale: false,
      walFrames: 0,
      modifiedMs: 0,
    });
    const fenced = fence(editorLines(editorJson(state)));
    const marker = fenced.split('\n', 1)[0]!.replace(/text$/, '');
    expect(marker).toBe('````');
    expect(fenced.endsWith(`\n${marker}`)).toBe(true);
    expect(code('` '.repeat(200_000))).toMatch(/^`` `/);
  });
});
