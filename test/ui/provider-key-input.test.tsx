import {expect, test} from 'vitest';
import {byokProviderStep} from '../../source/core/steps/byok-provider.js';
import {createFakeRunner} from '../helpers/fake-runner.js';
import {KEY} from '../helpers/ink-harness.js';
import {renderWizard} from '../helpers/wizard-fixture.js';

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
