// Mounts the Ink wizard on a real terminal and turns its outcome into an exit code.
import {render} from 'ink';
import {classifyError} from '../core/classify/index.js';
import type {Runner} from '../core/runner.js';
import {osc52} from '../core/wizard-share.js';
import {parseProgress, type SavedProgress} from '../core/wizard-resume.js';
import {progressPath, progressStore} from '../probes/progress-store.js';
import {knownSecrets} from '../core/known-secrets.js';
import {scrub} from '../core/secrets.js';
import {STEPS} from '../core/steps/index.js';
import {EXIT, type ExitCode} from '../core/vocabulary.js';
import {App} from '../ui/app.js';
import {supportsHyperlinks} from '../ui/hyperlinks.js';
import {VERSION} from '../version.js';
import {onEndSignal} from './end-signals.js';
import {createWizardReport} from './wizard-report.js';
import {colourTheme, noColourTheme, shareTheme, wantsColour} from '../ui/theme.js';

export async function runWizard(
  options: {
    share: boolean;
    noColor: boolean;
    noCompletion: boolean;
    timeoutMs: number;
    fresh: boolean;
  },
  runner: Runner,
): Promise<ExitCode> {
  const store = progressStore(progressPath(process.env, process.platform));
  let resume: SavedProgress | undefined;
  let resumeNotice: string | undefined;
  if (options.fresh) {
    store.clear();
  } else {
    const saved = store.load();
    const parsed = saved === null ? null : parseProgress(saved, new Date());
    if (parsed?.kind === 'resumable') resume = parsed.progress;
    if (parsed?.kind === 'ignored') {
      resumeNotice = parsed.notice;
      store.clear();
    }
  }
  let code: ExitCode = EXIT.cancelled;
  const held = knownSecrets(process.env);
  const report = createWizardReport({
    steps: STEPS,
    env: process.env,
    version: VERSION,
    cwd: process.cwd(),
    startedAt: new Date(),
  });
  const theme = wantsColour(process.env, options.noColor) ? colourTheme : noColourTheme;
  const app = render(
    <App
      theme={options.share ? shareTheme(theme) : theme}
      hyperlinks={supportsHyperlinks(process.env)}
      steps={STEPS}
      runner={runner}
      env={process.env}
      platform={process.platform}
      options={{interactive: true, noCompletion: options.noCompletion, share: options.share}}
      timeoutMs={options.timeoutMs}
      mode="ahead"
      clipboard={(text) => process.stdout.write(osc52(text))}
      openUrl={(url) => runner.openWithSystem?.(url) ?? Promise.resolve(false)}
      resume={resume}
      resumeNotice={resumeNotice}
      progress={{
        save: (progress) => store.save(`${JSON.stringify(progress)}\n`),
        clear: () => store.clear(),
      }}
      animate
      classifyError={(text) => {
        // The paste may hold a key this environment holds, in a shape no pattern knows.
        const hint = classifyError({text});
        return {
          ...hint,
          code: hint.code && scrub(hint.code, held),
          action: scrub(hint.action, held),
        };
      }}
      report={report}
      onExit={(exitCode) => {
        code = exitCode;
      }}
    />,
    {exitOnCtrlC: false, patchConsole: false},
  );
  // Ctrl+C normally arrives as a key in raw mode; SIGINT (raw mode off, or `kill -INT`),
  // SIGTERM and SIGHUP end the same way: checks aborted by unmount, terminal restored, and
  // the signal's exit code (130, 143, 129). A hung-up terminal may refuse the last frame.
  process.stdout.on('error', () => undefined);
  const unsubscribe = onEndSignal((signalCode) => {
    code = signalCode;
    app.unmount();
  });
  try {
    await app.waitUntilExit();
  } finally {
    unsubscribe();
    // Ink leaves the cursor at the end of its last line; the shell prompt must start afresh.
    process.stdout.write('\n');
  }
  return code;
}
