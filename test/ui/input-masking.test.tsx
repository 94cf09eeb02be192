// Every field that could receive a key is masked from the first character: the model field at
// step 8 (a key pasted there by mistake), the error paste, the key fields. The model field
// refuses a key-shaped value with one line, and Ctrl+U clears every field.
import {describe, expect, test} from 'vitest';
import {PendingInput} from '../../source/ui/components/pending-input.js';
import {SecretInput} from '../../source/ui/components/secret-input.js';
import {TextLineInput} from '../../source/ui/components/text-line-input.js';
import {UiProviders} from '../../source/ui/providers.js';
import {noColourTheme} from '../../source/ui/theme.js';
import {KEY, renderHarness} from '../helpers/ink-harness.js';
import {synthetic} from '../helpers/mock-providers/keys.js';

const CTRL_U = '\u0015';

function modelField() {
  const submitted: string[] = [];
  const harness = renderHarness(
    <UiProviders theme={noColourTheme}>
      <TextLineInput
        prompt="Which model is selected in Cursor?"
        onSubmit={(value) => submitted.push(value)}
        onCancel={() => undefined}
      />
    </UiProviders>,
  );
  return {harness, submitted};
}

describe('the step 8 model field', () => {
  test('masks a key from its first character, typed one at a time', async () => {
    const {harness} = modelField();
    await harness.ready();
    const key = synthetic.openai();
    for (const [index, char] of [...key.slice(0, 24)].entries())
      await harness.pressAndWaitFor(`${index + 1} characters`, char);
    for (const frame of harness.frames()) {
      const field = frame.split('\n').find((line) => line.startsWith('  > '));
      if (field === undefined) continue;
      // Dots and a count: not one character of what was typed.
      expect(field).toMatch(/^ {2}> •* ?(?:\d+ characters)?$/);
    }
  });

  test('refuses a key-shaped value with one line and keeps nothing of it', async () => {
    const {harness, submitted} = modelField();
    await harness.ready();
    for (const key of [
      synthetic.openai(),
      synthetic.anthropic(),
      synthetic.google(),
      synthetic.cursor(),
    ]) {
      await harness.pressAndWaitFor('characters', key);
      const frame = await harness.pressAndWaitFor('looks like a key', KEY.enter);
      expect(frame.split('\n').filter((line) => line.includes('looks like a key'))).toHaveLength(1);
    }
    expect(submitted).toEqual([]);
  });

  test('a model name is used as typed', async () => {
    const {harness, submitted} = modelField();
    await harness.ready();
    await harness.pressAndWaitFor('11 characters', 'gpt-4.1-pro');
    await harness.press(KEY.enter);
    expect(submitted).toEqual(['gpt-4.1-pro']);
  });

  test('Ctrl+U clears it', async () => {
    const {harness, submitted} = modelField();
    await harness.ready();
    await harness.pressAndWaitFor('5 characters', 'wrong');
    await harness.press(CTRL_U);
    await harness.pressAndWaitFor('3 characters', 'o3x');
    await harness.press(KEY.enter);
    expect(submitted).toEqual(['o3x']);
  });
});

describe('the key field', () => {
  test('Ctrl+U clears it', async () => {
    const submitted: string[] = [];
    const harness = renderHarness(
      <UiProviders theme={noColourTheme}>
        <SecretInput
          prompt="Paste the key"
          onSubmit={(v) => submitted.push(v)}
          onCancel={() => undefined}
        />
      </UiProviders>,
    );
    await harness.ready();
    const key = synthetic.openai();
    await harness.pressAndWaitFor(`${key.length} characters received`, key);
    await harness.press(CTRL_U);
    await harness.pressAndWaitFor('3 characters received', 'abc');
    await harness.press(KEY.enter);
    expect(submitted).toEqual(['abc']);
  });
});

describe('the model field knows the keys this session holds', () => {
  test('refuses an Azure key typed as the model: it has no prefix, and Azure puts the model in the URL', async () => {
    // Newer Azure keys: 84 letters and digits, no public prefix, no shape to recognise.
    const azureKey = '7Qx2Lm9Vb4Rt'.repeat(7);
    const answers: string[] = [];
    const harness = renderHarness(
      <UiProviders theme={noColourTheme}>
        <PendingInput
          input={{
            kind: 'text',
            key: 'selectedModel',
            prompt: 'Which model is selected in Cursor?',
            needed: () => true,
          }}
          view={{env: {AZURE_OPENAI_API_KEY: azureKey}, answers: {}, facts: {}, results: {}}}
          onAnswer={(answer) => answers.push(String(answer.value))}
          onCancel={() => undefined}
        />
      </UiProviders>,
    );
    await harness.ready();
    await harness.pressAndWaitFor('• 84', azureKey);
    await harness.pressAndWaitFor('looks like a key', KEY.enter);
    await harness.pressAndWaitFor('7 characters', 'gpt-4.1');
    await harness.press(KEY.enter);
    expect(answers).toEqual(['gpt-4.1']);
  });
});
