// The built `classify` on a tuning text of each 2026-12 layer, piped as a person would: the JSON
// names the layer and the step that owns it, and the answer in words leads to that step's fix.
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {CLASSIFY_KEYS} from '../doctor/contract.js';
import {CLI_PATH} from '../helpers/terminal-session.js';
import {loadCorpus} from './corpus-loader.js';

const tuning = new Map(
  loadCorpus()
    .lines.filter((line) => line.split === 'tuning')
    .map((line) => [line.entry.id, line.entry]),
);

async function classify(args: string[], text: string) {
  const run = await execa(process.execPath, [CLI_PATH, 'classify', ...args], {
    env: {PATH: '/usr/bin:/bin', HOME: '/nonexistent'},
    extendEnv: false,
    input: text,
    reject: false,
    timeout: 20_000,
  });
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  return run.stdout;
}

describe.each([
  {
    id: 'c-cursor-editor-17', // You've hit your usage limit
    layer: 'cursor-plan',
    step: 1,
    title: 'Log out and back in to the Cursor account',
    fix: [/cursor\.com\/dashboard\?tab=usage/, /cursor\.com\/pricing/],
  },
  {
    id: 'c-cursor-editor-26', // [internal] internal error
    layer: 'cursor-service',
    step: 10,
    title: 'Restart Cursor',
    fix: [/status\.cursor\.com/],
  },
  {
    id: 'd-anthropic-13', // prompt is too long
    layer: 'request',
    step: 8,
    title: 'Check the model is supported',
    fix: [/new chat.*shorter context.*another model/],
  },
])('classify $id', ({id, layer, step, title, fix}) => {
  const entry = tuning.get(id)!;

  it(`--json: ${layer}, step ${step}, with its fix`, async () => {
    const doc = JSON.parse(await classify(['--json'], entry.text));
    expect(Object.keys(doc)).toEqual(CLASSIFY_KEYS);
    expect(doc).toMatchObject({schema: 1, layer, step});
    for (const pattern of fix) expect(doc.action).toMatch(pattern);
  });

  it(`in words: the layer, step ${step} by its title, and the fix`, async () => {
    const shown = (await classify([], entry.text)).replace(/\s+/g, ' ');
    expect(shown).toContain(`Layer ${layer}`);
    expect(shown).toContain(`Step ${step}/10 · ${title}`);
    for (const pattern of fix) expect(shown).toMatch(pattern);
  });
});
