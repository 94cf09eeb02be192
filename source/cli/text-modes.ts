// The commands answered with text alone, no checks: usage errors, --help, --version and classify.
// Both the whole command line and the classify program answer them, the same way.
import {redact} from '../core/secrets.js';
import {EXIT, type ExitCode} from '../core/vocabulary.js';
import {VERSION} from '../version.js';
import {HELP_TEXT} from './help.js';
import type {Command} from './parse-args.js';

export type TextCommand = Extract<Command, {kind: 'usage-error' | 'help' | 'version' | 'classify'}>;

export function isTextCommand(command: Command): command is TextCommand {
  return command.kind !== 'doctor' && command.kind !== 'wizard';
}

export async function answerInText(command: TextCommand): Promise<ExitCode> {
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
    case 'classify': {
      const [{runClassify}, {classifyError}, {processIo}, {knownSecrets}] = await Promise.all([
        import('../commands/classify.js'),
        import('../core/classify/index.js'),
        import('../commands/io.js'),
        import('../core/known-secrets.js'),
      ]);
      return runClassify(command, processIo(), classifyError, knownSecrets(process.env));
    }
  }
}
