// The whole command line: parse it, pick the mode, and hand its exit code to the one way out.
import {endedBySignal, onEndSignal} from './cli/end-signals.js';
import {parseCommandLine} from './cli/parse-args.js';
import {runAsProcess} from './cli/run-as-process.js';
import {answerInText, isTextCommand} from './cli/text-modes.js';
import {openWizardScreen, type WizardScreen} from './cli/wizard-screen.js';
import {type ExitCode} from './core/vocabulary.js';
import type {DoctorCommand} from './doctor/doctor-command.js';
import type {RealRun} from './probes/real-runner.js';
import {VERSION} from './version.js';

/**
 * An exit that never reaches `finished` (an error that escapes, a bare process.exit) still ends
 * the run's child trees.
 */
function endsOnExit(run: RealRun): RealRun {
  process.once('exit', () => run.endChildrenNow());
  return run;
}

async function doctor(command: DoctorCommand): Promise<ExitCode> {
  const [{runDoctorCommand}, {STEPS}, {openRealRun}, {processIo}] = await Promise.all([
    import('./doctor/doctor-command.js'),
    import('./core/steps/index.js'),
    import('./probes/real-runner.js'),
    import('./commands/io.js'),
  ]);
  const run = endsOnExit(openRealRun());
  const code = await runDoctorCommand(command, {
    io: processIo(),
    env: process.env,
    platform: process.platform,
    runner: run.runner,
    steps: STEPS,
    version: VERSION,
    onInterrupt: onEndSignal,
  });
  return finished(code, run);
}

/**
 * Child trees still running ended, temporary folders removed: the way out of every run. A run
 * a person or a signal ended exits at once, not when idle keep-alive sockets time out.
 */
async function finished(
  code: ExitCode,
  run: RealRun,
  options: {exitNow?: boolean} = {},
): Promise<ExitCode> {
  await run.finish();
  if (options.exitNow || endedBySignal(code)) setImmediate(() => process.exit(code));
  return code;
}

async function main(argv: readonly string[], screen?: WizardScreen): Promise<ExitCode> {
  const command = parseCommandLine(argv);
  if (isTextCommand(command)) return answerInText(command);
  switch (command.kind) {
    case 'doctor':
      return doctor(command);
    case 'wizard': {
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        // Scripts and CI get the checks they can use instead of a UI that cannot mount.
        process.stderr.write(
          'cursorkey-wizard: no interactive terminal, so running `cursorkey-wizard doctor` instead of the wizard.\n',
        );
        return doctor({
          json: false,
          report: null,
          timeoutMs: command.timeoutMs,
          models: {},
          noCompletion: command.noCompletion,
          verbose: false,
        });
      }
      // Ink and React take a while to load: the first frame goes up at once, and Ink draws over it.
      screen ??= await openWizardScreen(command);
      const {hideCiWhileInkLoads} = await import('./cli/ci-in-terminal.js');
      const restoreEnv = hideCiWhileInkLoads();
      let runWizard: typeof import('./cli/run-wizard.js').runWizard;
      let openRealRun: typeof import('./probes/real-runner.js').openRealRun;
      try {
        [{runWizard}, {openRealRun}] = await Promise.all([
          import('./cli/run-wizard.js'),
          import('./probes/real-runner.js'),
        ]);
      } finally {
        // Ink has read CI as it loaded; the wizard and its children see the person's own.
        restoreEnv();
      }
      const run = endsOnExit(openRealRun());
      const release = screen.handOver();
      try {
        // The wizard's last frame is written synchronously to the terminal: nothing is pending.
        return await finished(await runWizard(command, run.runner), run, {exitNow: true});
      } finally {
        release();
      }
    }
  }
}

/** The whole command line; `screen` is the wizard's, when the entry has opened it already. */
export function runCommandLine(screen?: WizardScreen): void {
  runAsProcess((argv) => main(argv, screen));
}
