import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {createWizardReport} from '../../source/cli/wizard-report.js';
import {createFakeRunner} from '../helpers/fake-runner.js';
import {KEY} from '../helpers/ink-harness.js';
import {allPassing, scriptedSteps} from '../helpers/scripted-steps.js';
import {renderWizard} from '../helpers/wizard-fixture.js';
import {scratchDir} from '../helpers/scratch-dir.js';

const openaiKey = 'sk-proj-' + 'a1B2'.repeat(10) + 'T3BlbkFJ' + 'c3D4'.repeat(10);

function setup(evidence: string) {
  const cwd = scratchDir('report');
  const runner = createFakeRunner();
  allPassing(runner);
  runner.onProcess('probe cli-status', {stdout: 'fail\n', exitCode: 1});
  const steps = scriptedSteps(runner).map((step) =>
    step.id === 'cli-status'
      ? {
          ...step,
          check: async () => ({
            status: 'fail' as const,
            summary: 'The Cursor CLI is not logged in',
            evidence: [evidence],
            layer: 'cursor-account' as const,
            fix: {summary: 'Log in', command: 'agent login'},
          }),
        }
      : step,
  );
  const env = {OPENAI_API_KEY: openaiKey};
  const report = createWizardReport({
    steps,
    env,
    version: '9.9.9',
    cwd,
    startedAt: new Date('2026-11-29T10:00:00Z'),
  });
  const wizard = renderWizard({steps, runner, env, report});
  return {cwd, wizard};
}

describe('Export report', () => {
  test('previews exactly what will be shared, then writes it with no key in it', async () => {
    const {cwd, wizard} = setup(
      'agent status --format json → exit 0: {"status":"unauthenticated"}',
    );
    await wizard.ready();
    await wizard.waitFor('1. I did it');
    let frame = await wizard.pressAndWaitFor('✗ fail', KEY.enter);
    expect(frame).toContain('Export a safe-to-share report');
    frame = await wizard.choose(
      'Export a safe-to-share report',
      'This is exactly what the report will contain',
    );
    expect(frame).toContain('cursorkey-wizard report');
    expect(frame).toContain('The Cursor CLI is not logged in');
    expect(frame).toContain('Scanned for key-shaped text: none found');
    frame = await wizard.pressAndWaitFor('Report written to', KEY.enter);
    const files = readdirSync(cwd);
    expect(files).toEqual(['cursorkey-wizard-report-2026-11-29T10-00-00.md']);
    const text = readFileSync(join(cwd, files[0]!), 'utf8');
    expect(text).toContain('9.9.9');
    expect(text).toContain('agent login');
    expect(text).not.toContain(openaiKey);
    await wizard.pressAndWaitFor('Step 2/10', KEY.enter);
  });

  test('a key that slipped into evidence is scrubbed from the screen, the preview and the file', async () => {
    const {cwd, wizard} = setup(`proxy echoed Authorization: Bearer ${openaiKey}`);
    await wizard.ready();
    await wizard.waitFor('1. I did it');
    await wizard.pressAndWaitFor('✗ fail', KEY.enter);
    const frame = await wizard.choose('Export a safe-to-share report', 'This is exactly what');
    expect(frame).not.toContain(openaiKey);
    await wizard.pressAndWaitFor('Report written to', KEY.enter);
    const text = readFileSync(join(cwd, readdirSync(cwd)[0]!), 'utf8');
    expect(text).not.toContain(openaiKey.slice(8));
    // Nor was it ever on screen: results are scrubbed before the wizard draws them.
    for (const shown of wizard.frames()) expect(shown).not.toContain(openaiKey.slice(8, 30));
  });
});
