import {expect, test} from 'vitest';
import {createFakeRunner} from '../helpers/fake-runner.js';
import {KEY} from '../helpers/ink-harness.js';
import {renderWizard} from '../helpers/wizard-fixture.js';
import {stepById} from '../../source/core/steps/index.js';

const byokProviderStep = stepById('byok-provider');
const keyPasteStep = stepById('key-paste');

test('with no provider key anywhere, step 5 asks for one and can go on without it', async () => {
  const runner = createFakeRunner();
  const wizard = renderWizard({steps: [byokProviderStep], runner, env: {}});
  await wizard.ready();
  let frame = await wizard.waitFor('Paste the provider key you put into Cursor');
  expect(frame).toContain('nothing pasted: go on without a provider key');
  frame = await wizard.pressAndWaitFor('No provider key', KEY.enter);
  expect(frame).toContain('! warn');
  expect(frame).not.toContain('Which Cursor field');
  expect(runner.httpCalls).toEqual([]);
});

test('a pasted key is asked about its field, then judged without showing it', async () => {
  const key = 'sk-ant-api03-' + 'x'.repeat(93) + 'AA';
  const wizard = renderWizard({steps: [byokProviderStep], env: {}});
  await wizard.ready();
  await wizard.waitFor('Paste the provider key you put into Cursor');
  await wizard.pressAndWaitFor('108 characters received', key);
  await wizard.pressAndWaitFor('Which Cursor field', KEY.enter);
  const frame = await wizard.pressAndWaitFor('✗ fail', KEY.enter);
  expect(frame).toMatch(/anthropic key, 108 chars, fp:[0-9a-f]{8}/);
  for (const shown of wizard.frames()) expect(shown).not.toContain('x'.repeat(20));
});

test('a key found damaged can be replaced: the wizard asks again at step 5 and re-checks', async () => {
  const truncated = 'sk-proj-' + 'A'.repeat(30);
  const whole = 'sk-proj-' + 'B'.repeat(58) + 'T3BlbkFJ' + 'C'.repeat(58);
  const wizard = renderWizard({steps: [byokProviderStep, keyPasteStep], env: {}});
  await wizard.ready();
  await wizard.waitFor('Paste the provider key you put into Cursor');
  await wizard.pressAndWaitFor(`${truncated.length} characters received`, truncated);
  await wizard.pressAndWaitFor('Which Cursor field', KEY.enter);
  await wizard.pressAndWaitFor('1. Next step', KEY.enter);
  let frame = await wizard.pressAndWaitFor('✗ fail', KEY.enter);
  expect(frame).toContain('Step 6/6');
  frame = await wizard.choose(
    'Paste a different provider key',
    'Paste the provider key you put into Cursor',
  );
  expect(frame).toContain('Step 5/6');
  await wizard.pressAndWaitFor(`${whole.length} characters received`, whole);
  await wizard.pressAndWaitFor('Which Cursor field', KEY.enter);
  await wizard.pressAndWaitFor('1. Next step', KEY.enter);
  frame = await wizard.pressAndWaitFor('Step 6/6', KEY.enter);
  frame = await wizard.waitFor('1. Finish');
  expect(frame).toMatch(/✓ pass\s+6\. Paste the provider key cleanly/);
});
