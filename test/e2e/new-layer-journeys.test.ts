// The three layers of 2026-12 in the built wizard at 80×24: a pasted error leads the walk to the
// step that owns its layer, and that step shows the fix; a provider refusing one request at
// step 7 is the request layer, not the key, and leads to step 8.
import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {findKeyShapes} from '../../source/core/secrets.js';
import {synthetic} from '../helpers/mock-providers/index.js';
import {ENTER, expectNoKeyCharacters, useJourneys, type Journey} from '../helpers/journey.js';

const journeys = useJourneys();

/** The screen as one line: the fix wraps at 80 columns, mid-sentence. */
async function shownFlat(journey: Journey): Promise<string> {
  return (await journey.session.screen()).join(' ').replace(/\s+/g, ' ');
}

/** Exports the safe-to-share report from the step on screen and reads the file it wrote. */
async function exportReport(journey: Journey): Promise<string> {
  const offer = /(\d)\. Export a safe-to-share report/;
  // The offer comes with the step's menu, once its check has finished.
  const since = journey.session.mark();
  if (!offer.test((await journey.session.screen()).join('\n'))) {
    await journey.session.waitFor(offer, since);
  }
  const choice = offer.exec((await journey.session.screen()).join('\n'));
  expect(
    choice,
    `the step offers the report:\n${(await journey.session.screen()).join('\n')}`,
  ).not.toBeNull();
  await journey.key(choice![1]!, 'This is exactly what the report will contain');
  await journey.key(ENTER, 'Report written to');
  const [file] = await readdir(journey.cwd);
  const report = await readFile(join(journey.cwd, file!), 'utf8');
  expect(report).not.toContain(journey.mock.key);
  expect(report).not.toContain(journey.mock.key.slice(8, 24));
  expect(findKeyShapes(report)).toEqual([]);
  return report;
}

describe('an error pasted at the start leads to the step that owns its layer, which shows the fix', () => {
  test.each([
    {
      layer: 'cursor-plan',
      text: "You've hit your usage limit. Get Cursor Pro for more Agents use, unlimited Tab, and more.",
      step: 1,
      fix: [/cursor\.com\/dashboard\?tab=usage/, /cursor\.com\/pricing/],
    },
    {
      layer: 'cursor-service',
      text: '[internal] internal error',
      step: 10,
      fix: [/status\.cursor\.com/],
    },
    {
      layer: 'request',
      text: 'prompt is too long: 209062 tokens > 199999 maximum',
      step: 8,
      fix: [/new chat.*shorter context.*another model/],
      // Step 8 asks which model is selected in Cursor first; empty skips the question.
      answer: ENTER,
    },
  ])('$layer → step $step', async ({layer, text, step, fix, answer}) => {
    const journey = await journeys.start({args: ['--no-completion']});
    await journey.key(text, 'characters pasted');
    await journey.key(ENTER, 'Show the checklist');
    const intro = await shownFlat(journey);
    expect(intro).toContain(`the ${layer} layer, which step ${step} owns`);
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, new RegExp(`Step ${step}/10 · `));
    await journey.expectStepScreen(step);
    const shown = await shownFlat(journey);
    expect(shown).toContain(`Your error (${layer}):`);
    for (const pattern of fix) expect(shown).toMatch(pattern);
    if (answer) await journey.key(answer, /\d\. Export a safe-to-share report/);
    // The report names the pasted error's layer and its fix, and holds no key.
    const report = (await exportReport(journey)).replace(/\s+/g, ' ');
    expect(report).toContain(`Classified as \`${layer}\``);
    for (const pattern of fix) expect(report).toMatch(pattern);
    journey.session.send('\u0003');
    expect(await journey.session.exit).toBe(130);
  });
});

describe('a live check meets a refused request', () => {
  test.each([
    {
      refusal: '400 context too long',
      provider: 'openai',
      scenario: 'prompt-too-long',
      fix: /new chat.*shorter context.*another model/,
    },
    {
      refusal: "Azure's 400 content filter",
      provider: 'azure',
      scenario: 'content-filtered',
      fix: /content filter.*another model.*the key is fine/,
    },
  ] as const)(
    '$refusal at step 7 is the request layer, not the key, and leads to step 8',
    async ({provider, scenario, fix}) => {
      const journey = await journeys.start({provider, scenario});
      await journey.key(ENTER, /Walk the/);
      await journey.key(ENTER, 'I did it');
      await journey.key(ENTER, 'Send it?');
      await journey.key(ENTER, '1. Go to step 8: Check the model is supported');
      await journey.expectStepScreen(7);
      const step7 = await shownFlat(journey);
      expect(step7).toMatch(/✗ fail .*HTTP 400/);
      expect(step7).toContain('[layer: request]');
      expect(step7).toMatch(fix);
      expect(step7).not.toMatch(/provider-key|rejects the key|new key/);
      const report = (await exportReport(journey)).replace(/\s+/g, ' ');
      expect(report).toMatch(/\| 7 \| provider-test \| ✗ fail \|[^|]*\|[^|]*\|/);
      expect(report).toMatch(fix);
      expect(report).toMatch(/\*\*Verdict:\*\* problem \(layer `request`, step 8\)/);
      await journey.key(ENTER, '1. Go to step 8: Check the model is supported');
      await journey.key(ENTER, /Step 8\/10 · /);
      await journey.expectStepScreen(8);
      journey.session.send('\u0003');
      expect(await journey.session.exit).toBe(130);
      expectNoKeyCharacters(journey);
    },
  );
});

describe("a live check meets Cursor's own limit", () => {
  test('a yes at step 7 redoes step 4 with its headless run, which meets the usage limit: cursor-plan with the usage and plan pages', async () => {
    const key = synthetic.cursor();
    const journey = await journeys.start({
      env: {CURSOR_API_KEY: key, FAKE_AGENT_KEY: key, FAKE_AGENT_PRINT: 'usage-limit'},
    });
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, 'I did it');
    // Step 4 passes on the free checks; the yes to billable requests comes at step 7.
    await journey.key(ENTER, /Step [47]\/10/);
    await journey.session.waitFor('Send it?');
    // The walk goes back to step 4, first in the fix order, once its new run fails.
    await journey.key(ENTER, '[layer: cursor-plan]');
    await journey.expectStepScreen(4);
    const shown = await shownFlat(journey);
    expect(shown).toContain('is accepted, but a headless run (agent -p) is refused');
    expect(shown).toMatch(/cursor\.com\/dashboard\?tab=usage.*cursor\.com\/pricing/);
    const report = (await exportReport(journey)).replace(/\s+/g, ' ');
    expect(report).toMatch(/\| 4 \| user-api-key \| ✗ fail \|/);
    expect(report).toMatch(/cursor\.com\/dashboard\?tab=usage/);
    expect(report).toMatch(/cursor\.com\/pricing/);
    expect(report).toMatch(/\*\*Verdict:\*\* problem \(layer `cursor-plan`, step 1\)/);
    expect(report).not.toContain(key);
    journey.session.send('\u0003');
    expect(await journey.session.exit).toBe(130);
    expect(journey.session.raw()).not.toContain(key);
  });
});
