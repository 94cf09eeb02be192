import {describe, expect, test} from 'vitest';
import {SecretInput} from '../../source/ui/components/secret-input.js';
import {UiProviders} from '../../source/ui/providers.js';
import {noColourTheme} from '../../source/ui/theme.js';
import {KEY, renderHarness} from '../helpers/ink-harness.js';

const KEY_TEXT = 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

function renderInput() {
  const submitted: string[] = [];
  let cancelled = 0;
  const harness = renderHarness(
    <UiProviders theme={noColourTheme}>
      <SecretInput
        prompt="Paste the key"
        onSubmit={(value) => submitted.push(value)}
        onCancel={() => {
          cancelled += 1;
        }}
      />
    </UiProviders>,
  );
  return {harness, submitted, cancelled: () => cancelled};
}

describe('the masked key input', () => {
  test('shows only a character count, never the characters', async () => {
    const {harness, submitted} = renderInput();
    await harness.ready();
    const frame = await harness.pressAndWaitFor(`${KEY_TEXT.length} characters received`, KEY_TEXT);
    for (const shown of harness.frames()) {
      expect(shown).not.toContain('AbCdEf');
      expect(shown).not.toContain('sk-proj');
    }
    expect(frame).toContain('●');
    await harness.press(KEY.enter);
    expect(submitted).toEqual([KEY_TEXT]);
  });

  test('keeps a newline that arrives inside a paste, for the forensics to find', async () => {
    const {harness, submitted} = renderInput();
    await harness.ready();
    await harness.pressAndWaitFor(`${KEY_TEXT.length + 2} characters received`, ` ${KEY_TEXT}\r`);
    await harness.press(KEY.enter);
    expect(submitted).toEqual([` ${KEY_TEXT}\r`]);
  });

  test('a 1 MB paste is refused with one line and nothing is kept', async () => {
    const {harness, submitted} = renderInput();
    await harness.ready();
    const frame = await harness.pressAndWaitFor('too long for the key', 'x'.repeat(1_000_000));
    expect(frame).toContain('waiting for a paste');
    expect(submitted).toEqual([]);
  });

  test('Enter with nothing pasted asks again; Esc goes back', async () => {
    const {harness, submitted, cancelled} = renderInput();
    await harness.ready();
    await harness.pressAndWaitFor('Nothing pasted yet', KEY.enter);
    expect(submitted).toEqual([]);
    await harness.press(KEY.escape);
    await harness.waitFor(() => cancelled() === 1, 'the cancel callback');
  });

  test('backspace and Ctrl+U edit what was pasted', async () => {
    const {harness, submitted} = renderInput();
    await harness.ready();
    await harness.pressAndWaitFor('3 characters received', 'abc');
    await harness.pressAndWaitFor('2 characters received', KEY.backspace);
    await harness.pressAndWaitFor('waiting for a paste', '\u0015');
    await harness.pressAndWaitFor('1 character received', 'k');
    await harness.press(KEY.enter);
    expect(submitted).toEqual(['k']);
  });
});
