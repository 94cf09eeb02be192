// Entry point: parse the command line, pick the mode, and set the exit code. Nothing else exits.
import {HELP_TEXT} from './cli/help.js';
import {parseCommandLine} from './cli/parse-args.js';
import {redact} from './core/secrets.js';
import {EXIT, type ExitCode} from './core/vocabulary.js';
import {VERSION} from './version.js';

async function main(argv: readonly string[]): Promise<ExitCode> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'usage-error':
      process.stderr.write(`cursorkey-wizard: ${redact(command.message)}\n`);
      return EXIT.usage;
    case 'help':
      process.stdout.write(HELP_TEXT);
      return EXIT.ok;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    case 'doctor':
    case 'classify':
      process.stderr.write(
        `cursorkey-wizard: ${command.kind} is not yet available in this version.\n`,
      );
      return EXIT.usage;
    case 'wizard': {
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        process.stderr.write(
          'cursorkey-wizard: the wizard needs an interactive terminal; run `cursorkey-wizard doctor` for non-interactive checks.\n',
        );
        return EXIT.usage;
      }
      const {runWizard} = await import('./cli/run-wizard.js');
      return runWizard(command);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: one line, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `cursorkey-wizard: unexpected error: ${redact(message.split('\n')[0] ?? '')}\n`,
    );
    process.exitCode = EXIT.usage;
  },
);
