import {expect, test} from 'vitest';
import {KEY} from '../helpers/ink-harness.js';
import {renderWizard} from '../helpers/wizard-fixture.js';

test('walks from step 1 to step 2 and quits with Ctrl+C', async () => {
  const wizard = renderWizard();
  await wizard.ready();
  await wizard.waitFor('Step 1/10');
  await wizard.pressAndWaitFor('Step 2/10', KEY.enter);
  await wizard.waitFor('Not checked automatically yet');
  await wizard.press(KEY.ctrlC);
  expect(await wizard.exitCode).toBe(130);
});
