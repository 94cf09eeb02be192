// The one way a program of this command line ends: its exit code on success, and exit 3 with
// one line for anything that escapes (never a stack trace, and no key even if an error quoted one).
import {unexpectedErrorLine} from '../core/gate/error-line.js';
import {EXIT, type ExitCode} from '../core/vocabulary.js';

function reportUnexpected(error: unknown): void {
  process.stderr.write(`cursorkey-wizard: unexpected error: ${unexpectedErrorLine(error)}\n`);
}

export function runAsProcess(main: (argv: readonly string[]) => Promise<ExitCode>): void {
  // An error that escapes everything else leaves the run without a verdict: exit 3. Exiting
  // here lets Ink's exit hook restore the terminal.
  process.on('uncaughtException', (error) => {
    reportUnexpected(error);
    process.exit(EXIT.inconclusive);
  });
  process.on('unhandledRejection', (error) => {
    reportUnexpected(error);
    process.exit(EXIT.inconclusive);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      reportUnexpected(error);
      process.exitCode = EXIT.inconclusive;
    },
  );
}
