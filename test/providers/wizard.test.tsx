// The provider steps inside the real wizard UI: a result is shown with its fix, a pasted key is
// never drawn, and a key in the wrong Cursor field is caught.
import {afterEach, expect, test} from 'vitest';
import {KEY} from '../helpers/ink-harness.js';
import {startMockProvider, synthetic, type MockProvider} from '../helpers/mock-providers/index.js';
import {renderWizard} from '../helpers/wizard-fixture.js';
import {loopbackRunner} from './support.js';
import {stepById} from '../../source/core/steps/index.js';

const byokProviderStep = stepById('byok-provider');
const keyPasteStep = stepById('key-paste');
const modelSupportStep = stepById('model-support');
const providerTestStep = stepById('provider-test');
const quotaStep = stepById('quota');

const STEPS = [byokProviderStep, keyPasteStep, providerTestStep, modelSupportStep, quotaStep];

const mocks: MockProvider[] = [];
afterEach(async () => {
  while (mocks.length > 0) await mocks.pop()!.close();
});

test('an invalid OpenAI key: step 7 shows the verdict, the layer and the fix, never the key', async () => {
  const mock = await startMockProvider('openai', {scenario: 'invalid'});
  mocks.push(mock);
  const wizard = renderWizard({steps: STEPS, runner: loopbackRunner(), env: mock.env});
  await wizard.ready();
  await wizard.waitFor('OpenAI project key (sk-proj-)');
  await wizard.pressAndWaitFor('Step 6/', KEY.enter);
  await wizard.waitFor('clean paste');
  await wizard.pressAndWaitFor('Step 7/', KEY.enter);
  // The summary holds the fix, so it is said once, without a separate "Fix:" line.
  const frame = await wizard.waitFor('OpenAI rejects the key (invalid or revoked)');
  expect(frame).toMatch(/✗ fail\s+OpenAI: HTTP 401 invalid_api_key/);
  expect(frame).toMatch(/\[layer:\s+provider-key\]/);
  expect(frame).toContain('OpenAI rejects the key (invalid or revoked)');
  expect(frame).toContain('platform.openai.com/api-keys');
  expect(frame).toContain('$OPENAI_API_KEY');
  for (const shown of wizard.frames()) {
    expect(shown).not.toContain(mock.key);
    expect(shown).not.toContain(mock.key.slice(-4) + '.');
  }
  wizard.unmount();
});

test('a pasted key in the wrong Cursor field is caught, and the paste is never drawn', async () => {
  const key = synthetic.openai();
  const wizard = renderWizard({steps: STEPS, runner: loopbackRunner(), env: {}});
  await wizard.ready();
  await wizard.waitFor('Paste the provider key');
  // A paste arrives as one chunk, newline included.
  await wizard.press(`${key}\r`);
  await wizard.waitFor('165 characters received');
  await wizard.pressAndWaitFor('Which Cursor field', KEY.enter);
  await wizard.press(KEY.down);
  const frame = await wizard.pressAndWaitFor('Fix: Move it', KEY.enter);
  expect(frame).toMatch(/✗ fail\s+OpenAI project key \(sk-proj-\) given as the Anthropic field/);
  expect(frame).toContain('Fix: Move it: paste it into Cursor Settings > Models > OpenAI API Key');
  for (const shown of wizard.frames()) expect(shown).not.toContain(key.slice(8, 30));
  wizard.unmount();
});
