import {expect, test} from 'vitest';
import type {StepDefinition} from '../../source/core/step-model.js';
import {STEPS} from '../../source/core/steps/index.js';
import {renderWizard} from '../helpers/wizard-fixture.js';

test('a render error becomes one line and exit 3, never a stack trace', async () => {
  const key = 'sk-proj-' + 'z'.repeat(40);
  const broken: StepDefinition[] = STEPS.map((step, index) =>
    index === 0
      ? {
          ...step,
          get instruction(): string {
            throw new Error(
              `layout exploded near ${key} \x1b]52;c;aGk=\x07\u202e\x1b[2J\n    at Wizard (wizard.tsx:1:1)`,
            );
          },
        }
      : step,
  );
  const wizard = renderWizard({steps: broken});
  expect(await wizard.exitCode).toBe(3);
  const frame = wizard.frame();
  expect(frame).toContain('cursorkey-wizard stopped on an unexpected error: layout exploded near');
  expect(frame).not.toContain('wizard.tsx');
  expect(frame).not.toContain(key);
  // A quoted body's escape sequences (clipboard write, clear screen) and bidi never reach the screen.
  expect(frame).not.toMatch(/[\x1b\x07\u202e]/);
});
