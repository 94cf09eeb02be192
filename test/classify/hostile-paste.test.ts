// A paste is outside text up to the 1 MB cap. A megabyte of one short unit repeated, the unit a
// pattern both repeats and needs (blank lines, dotted words, digits, backslashes), must still get
// its answer at once: the wizard's error-first start runs the same classifier, and a pattern that
// backtracks over the whole paste from every position freezes it for minutes. Run through the
// built command, so such a pattern is ended by the timeout instead of stalling the test run.
import {execa} from 'execa';
import {existsSync, readFileSync} from 'node:fs';
import {relative} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {filesUnder, SOURCE_DIR} from '../helpers/source-files.js';
import {CLI_PATH} from '../helpers/terminal-session.js';

const CLI = process.env.CURSORKEY_E2E_CLI ?? CLI_PATH;

/** About a second of work on a loaded machine; every pattern that backtracks takes minutes. */
const BUDGET_MS = 15_000;

/**
 * Under the 1 MB cap in UTF-8, with one character outside Latin-1 as real pastes have: five runs
 * of the unit, each ended by a character no pattern takes, so a run also ends inside the part
 * the classifier reads.
 */
function megabyteOf(unit: string, lead = ''): string {
  const run = `${lead}${unit.repeat(Math.floor(199_000 / unit.length))}!\n`;
  return `€ ${run.repeat(5)}`;
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
});

describe('classify on a hostile megabyte', () => {
  it.each([
    ['blank lines', '\n'],
    ['spaces', ' '],
    ['tabs and newlines', '\t\n'],
    ['dotted words', 'a.'],
    ['dotted numbers', '1.'],
    ['port-like numbers', ':1'],
    ['digits', '4'],
    ['path segments', 'a/'],
    ['URLs', 'https://a'],
    ['host names with dashes', 'a-.'],
    ['Bedrock host fragments', 'bedrock.'],
    ['numbers over numbers', '4/'],
    ['backslashes', '\\'],
    ['Cursor code prefixes', 'ERROR_'],
    ['a model id after "model: "', '1.', 'model: '],
    ['blank lines after a status, with a provider named', '\n', 'HTTP 499\n', 'openai'],
    ['a word an unbounded run starts from', 'proxy '],
    ['words before "headless"', 'blocked '],
  ])(
    'a megabyte of %s is answered within the budget',
    async (_name, unit, lead = '', provider?: string) => {
      const run = await execa(
        process.execPath,
        [CLI, 'classify', '--json', ...(provider ? ['--provider', provider] : []), '-'],
        {
          input: megabyteOf(unit, lead),
          reject: false,
          timeout: BUDGET_MS,
        },
      );
      expect(run.timedOut).toBe(false);
      expect(run.exitCode).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({schema: 1});
    },
    BUDGET_MS + 5_000,
  );
});

// A run to the end of the line in the middle of a pattern (`\bproxy\b[^\n]*\bfailed`) is tried
// from every place its first word stands and read to the line's end each time: a line of that
// word alone takes seconds. Bounded (`[^\n]{0,200}`), each try reads a few hundred characters.
describe('no pattern reads to the end of the line and then wants more', () => {
  it.each(filesUnder(SOURCE_DIR).map((path) => relative(SOURCE_DIR, path)))('%s', (file) => {
    const source = readFileSync(`${SOURCE_DIR}/${file}`, 'utf8');
    const runs = source.split('\n').filter((line) => /\[\^\\n\][*+](?![)/]|\)\?)/.test(line));
    expect(runs).toEqual([]);
  });
});
