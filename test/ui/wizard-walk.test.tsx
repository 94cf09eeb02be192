import {describe, expect, test} from 'vitest';
import {createFakeRunner} from '../helpers/fake-runner.js';
import {KEY} from '../helpers/ink-harness.js';
import {allPassing, scriptedSteps} from '../helpers/scripted-steps.js';
import {renderWizard} from '../helpers/wizard-fixture.js';

function setup(env: Record<string, string> = {}) {
  const runner = createFakeRunner();
  allPassing(runner);
  const wizard = renderWizard({steps: scriptedSteps(runner), runner, env});
  return {runner, wizard};
}

/** Confirms step 1, passes step 2 and skips 3 and 4, leaving the wizard at step 5. */
async function walkToStep5(wizard: ReturnType<typeof renderWizard>): Promise<string> {
  await wizard.waitFor('1. I did it');
  await wizard.pressAndWaitFor('cli-status says pass', KEY.enter);
  await wizard.pressAndWaitFor('Step 3/10', KEY.enter);
  await wizard.pressAndWaitFor('Why skip this step?', KEY.enter);
  await wizard.pressAndWaitFor('Step 4/10', KEY.enter);
  await wizard.pressAndWaitFor('Why skip this step?', KEY.enter);
  await wizard.pressAndWaitFor('Step 5/10', KEY.enter);
  return wizard.waitFor('byok-provider says');
}

describe('the whole wizard, driven by keys', () => {
  test('walks all ten steps: manual confirmation, a fail fixed and re-checked, a conditional skip', async () => {
    const {runner, wizard} = setup();
    runner.onProcess('probe byok-provider', {stdout: 'fail\n', exitCode: 1});
    await wizard.ready();

    // Step 1 is manual: the first choice is the explicit confirmation.
    let frame = await wizard.waitFor('1. I did it');
    expect(frame).toContain('Step 1/10');
    expect(frame).toContain('☐ manual');

    // Step 2 passes; step 3 applies only when step 2 fails, so it is not run.
    frame = await wizard.pressAndWaitFor('cli-status says pass', KEY.enter);
    frame = await wizard.pressAndWaitFor('Step 3/10', KEY.enter);
    expect(frame).toContain('that is not the case now');
    expect(runner.processCalls.some((call) => call.args[0] === 'cli-login')).toBe(false);
    // It may be skipped, with a reason.
    await wizard.pressAndWaitFor('Why skip this step?', KEY.enter);
    frame = await wizard.pressAndWaitFor('Step 4/10', KEY.enter);
    expect(frame).toMatch(/↷ skip\s+3\./);
    // Step 4 does not apply either (no CURSOR_API_KEY, automation not reported failing).
    expect(frame).toContain('2. My scripts or CI fail');
    await wizard.pressAndWaitFor('Why skip this step?', KEY.enter);

    // Step 5 fails and offers no way forward.
    frame = await wizard.pressAndWaitFor('byok-provider says fail', KEY.enter);
    expect(frame).toContain('Step 5/10');
    expect(frame).toContain('✗ fail');
    expect(frame).toContain('$ fix byok-provider');
    expect(frame).not.toContain('Next step');
    expect(frame).toContain('1. Re-check');

    // The person fixes it; Re-check now passes.
    runner.onProcess('probe byok-provider', {stdout: 'pass\n'});
    frame = await wizard.pressAndWaitFor('byok-provider says pass', KEY.enter);
    expect(frame).toContain('1. Next step');

    for (const n of [5, 6, 7, 8, 9]) {
      await wizard.waitFor(`says pass`);
      await wizard.pressAndWaitFor(`Step ${n + 1}/10`, KEY.enter);
    }
    frame = await wizard.waitFor('1. Finish');
    frame = await wizard.pressAndWaitFor('Done: every step that applies passed', KEY.enter);
    for (const n of [1, 2, 5, 6, 7, 8, 9, 10])
      expect(frame).toMatch(new RegExp(`✓ pass\\s+${n}\\.`));
    expect(await wizard.exitCode).toBe(0);
  });

  test('a step that fails cannot be passed over: choices never include moving on', async () => {
    const {runner, wizard} = setup();
    runner.onProcess('probe byok-provider', {stdout: 'fail\n', exitCode: 1});
    await wizard.ready();
    const frame = await walkToStep5(wizard);
    expect(frame).toContain('✗ fail');
    // Every choice: re-check, back, quit. None reaches step 6.
    expect(frame).toMatch(/1\. Re-check\s+2\. Back\s+3\. Quit/);
    await wizard.pressAndWaitFor('Step 4/10', '2');
    expect(wizard.frame()).not.toContain('Step 6/10');
  });

  test('step 2 failing leads into step 3, whose pass marks step 2 fixed', async () => {
    const {runner, wizard} = setup();
    runner.onProcess('probe cli-status', {stdout: 'fail\n', exitCode: 1});
    await wizard.ready();
    await wizard.waitFor('1. I did it');
    let frame = await wizard.pressAndWaitFor('cli-status says fail', KEY.enter);
    expect(frame).toContain('1. Go to step 3: Log the CLI in');
    frame = await wizard.pressAndWaitFor('cli-login says pass', KEY.enter);
    expect(frame).toMatch(/✓ pass\s+2\. Check `agent status`/);
  });

  test('a conditional step whose condition holds offers no skip', async () => {
    const {runner, wizard} = setup({CURSOR_API_KEY: 'set-in-env'});
    runner.onProcess('probe user-api-key', {stdout: 'fail\n', exitCode: 1});
    await wizard.ready();
    await wizard.waitFor('1. I did it');
    await wizard.pressAndWaitFor('Step 2/10', KEY.enter);
    await wizard.waitFor('cli-status says pass');
    await wizard.pressAndWaitFor('Step 3/10', KEY.enter);
    await wizard.pressAndWaitFor('Why skip', KEY.enter);
    const frame = await wizard.pressAndWaitFor('user-api-key says fail', KEY.enter);
    expect(frame).not.toMatch(/\d\. Skip/);
  });

  test('unknown results move on only by an explicit "without a verdict" choice', async () => {
    const {runner, wizard} = setup();
    runner.onProcess('probe cli-status', {stdout: 'unknown\n'});
    await wizard.ready();
    await wizard.waitFor('1. I did it');
    const frame = await wizard.pressAndWaitFor('cli-status says unknown', KEY.enter);
    expect(frame).toContain('1. Next step without a verdict');
    await wizard.pressAndWaitFor('Step 3/10', KEY.enter);
  });

  test('back returns to the previous step and checks it again', async () => {
    const {runner, wizard} = setup();
    await wizard.ready();
    await wizard.waitFor('1. I did it');
    await wizard.pressAndWaitFor('cli-status says pass', KEY.enter);
    const probesBefore = runner.processCalls.filter((c) => c.args[0] === 'cursor-login').length;
    // Menu: 1 Next, 2 Re-check, 3 Back, 4 Quit.
    await wizard.pressAndWaitFor('Step 1/10', '3');
    await wizard.waitFor('cursor-login says');
    expect(runner.processCalls.filter((c) => c.args[0] === 'cursor-login').length).toBe(
      probesBefore + 1,
    );
  });
});

describe('cancelling', () => {
  test('Ctrl+C during a running check aborts it and exits 130', async () => {
    const {runner, wizard} = setup();
    runner.hold('probe cli-status');
    await wizard.ready();
    await wizard.waitFor('1. I did it');
    const frame = await wizard.pressAndWaitFor('▶ Checking', KEY.enter);
    expect(frame).toContain('probing cli-status');
    expect(frame).toContain('1. Cancel this check');
    await wizard.press(KEY.ctrlC);
    expect(await wizard.exitCode).toBe(130);
    const call = runner.processCalls.find((c) => c.args[0] === 'cli-status');
    expect(call?.signal?.aborted).toBe(true);
    expect(wizard.frame()).toContain('Nothing was changed on this machine.');
  });

  test('Esc cancels only the running check; the wizard stays', async () => {
    const {runner, wizard} = setup();
    runner.hold('probe cli-status');
    await wizard.ready();
    await wizard.waitFor('1. I did it');
    await wizard.pressAndWaitFor('▶ Checking', KEY.enter);
    const frame = await wizard.pressAndWaitFor('cli-status says unknown', KEY.escape);
    expect(frame).toContain('Step 2/10');
    expect(frame).toContain('Re-check');
  });

  test('a check stopped with Esc while it hangs says so, with its command and the wait', async () => {
    const runner = createFakeRunner();
    allPassing(runner);
    const steps = scriptedSteps(runner).map((step) =>
      step.id === 'cli-status'
        ? {
            ...step,
            // Like a child that never answers: it ends only when the run is aborted.
            check: (context: {signal: AbortSignal}) =>
              new Promise<never>((_, reject) =>
                context.signal.addEventListener('abort', () => reject(new Error('aborted'))),
              ),
          }
        : step,
    );
    const wizard = renderWizard({steps, runner, env: {}});
    await wizard.ready();
    await wizard.waitFor('1. I did it');
    await wizard.pressAndWaitFor('▶ Checking `agent status`…', KEY.enter);
    const frame = await wizard.pressAndWaitFor('Timed out / hung', KEY.escape);
    expect(frame).toMatch(
      /Timed out \/ hung: `agent status` gave no answer in \d+ s, and you stopped it/,
    );
    expect(frame).not.toContain('not available');
  });

  test('Quit exits with the verdict so far', async () => {
    const {runner, wizard} = setup();
    runner.onProcess('probe byok-provider', {stdout: 'fail\n', exitCode: 1});
    await wizard.ready();
    await walkToStep5(wizard);
    await wizard.press('3');
    expect(await wizard.exitCode).toBe(1);
    // The scripted failure's layer is the Cursor account, which step 1 fixes, as doctor says.
    expect(wizard.frame()).toContain('Problem found: fix it at step 1 (exit 1).');
    expect(wizard.frame()).toContain('Failed: 5 (');
  });
});
