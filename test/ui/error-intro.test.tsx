import {describe, expect, test} from 'vitest';
import type {Diagnosis} from '../../source/core/diagnosis.js';
import {createFakeRunner} from '../helpers/fake-runner.js';
import {KEY} from '../helpers/ink-harness.js';
import {allPassing, scriptedSteps} from '../helpers/scripted-steps.js';
import {renderWizard} from '../helpers/wizard-fixture.js';

const providerKeyHint: Diagnosis = {
  layer: 'provider-key',
  step: 7,
  provider: 'openai',
  httpStatus: 401,
  code: 'invalid_api_key',
  action: 'Create a new OpenAI key and paste it into the OpenAI field.',
  alsoPossible: ['base-url'],
};

/** Ink wraps at the terminal width; compare prose without caring where lines broke. */
const flat = (frame: string) => frame.replace(/\s+/g, ' ');

function setup(classify: (text: string) => Diagnosis) {
  const runner = createFakeRunner();
  allPassing(runner);
  const seen: string[] = [];
  const wizard = renderWizard({
    steps: scriptedSteps(runner),
    runner,
    classifyError: (text) => {
      seen.push(text);
      return classify(text);
    },
  });
  return {wizard, seen};
}

describe('error-first start', () => {
  test('a pasted error is classified, its step highlighted, and the order explained', async () => {
    const {wizard, seen} = setup(() => providerKeyHint);
    await wizard.ready();
    await wizard.waitFor('Paste the error you see (optional)');
    await wizard.press('{"error":{"code":"invalid_api_key"}}\r401 Unauthorized');
    // Masked from the first character: only its size is drawn.
    let frame = await wizard.waitFor('characters on 2 lines pasted');
    expect(frame).not.toContain('invalid_api_key');
    frame = await wizard.pressAndWaitFor('points at the provider-key layer', KEY.enter);
    expect(seen).toEqual(['{"error":{"code":"invalid_api_key"}}\r401 Unauthorized']);
    const text = flat(frame);
    expect(text).toContain(
      '(invalid_api_key), which step 7 owns: Test the provider key outside Cursor',
    );
    expect(text).toContain('Best first action: Create a new OpenAI key');
    expect(text).toContain('can also mean: base-url');
    expect(text).toContain('The fix order still starts at step 1');
    frame = await wizard.pressAndWaitFor('Step 1/10', KEY.enter);
    expect(frame).toMatch(
      /7\. Test the provider key outside Cursor\s+◀ your error \(provider-key\)/,
    );
  });

  test('Enter alone skips the question and starts at step 1', async () => {
    const {wizard, seen} = setup(() => providerKeyHint);
    await wizard.ready();
    await wizard.waitFor('Paste the error you see');
    const frame = await wizard.pressAndWaitFor('Step 1/10', KEY.enter);
    expect(seen).toEqual([]);
    expect(frame).not.toContain('your error');
  });

  test('Ctrl+C typed after other keys while Ink loaded arrives in one chunk with them, and still quits', async () => {
    const {wizard, seen} = setup(() => providerKeyHint);
    await wizard.ready();
    await wizard.waitFor('Paste the error you see');
    await wizard.press(`abc${KEY.ctrlC}`);
    await wizard.waitFor('Cancelled');
    expect(await wizard.exitCode).toBe(130);
    expect(wizard.frame()).not.toContain('characters pasted');
    expect(seen).toEqual([]);
  });

  test('a key inside the pasted error is never drawn', async () => {
    const key = 'sk-proj-' + 'k'.repeat(30);
    const {wizard} = setup(() => ({
      ...providerKeyHint,
      layer: 'unknown',
      step: 1,
      alsoPossible: [],
    }));
    await wizard.ready();
    await wizard.waitFor('Paste the error you see');
    await wizard.press(`Incorrect API key provided: ${key}`);
    await wizard.waitFor('characters pasted');
    const frame = await wizard.pressAndWaitFor('does not name a layer', KEY.enter);
    for (const shown of [...wizard.frames(), frame]) expect(shown).not.toContain(key);
  });
});
