// `cursorkey-wizard classify`: name the layer and step behind one pasted error.
// Exit 0 whenever an answer is printed, `unknown` included: it is a classification too (it says
// what to share next). Exit 2 only for usage problems: no text, or stdin over the size cap.
import type {Classification, ClassifyInput} from '../core/classify/classification.js';
import {formatClassification} from '../core/classify/format.js';
import {scrub, type Secret} from '../core/secrets.js';
import {EXIT, type ExitCode, type Provider} from '../core/vocabulary.js';
import type {CommandIo} from './io.js';
import {readStdin} from './read-stdin.js';

export const CLASSIFY_STDIN_MAX_BYTES = 1024 * 1024;

export interface ClassifyCommand {
  json: boolean;
  status: number | null;
  provider: Provider | null;
  text: string | null;
}

function usage(io: CommandIo, message: string): ExitCode {
  io.stderr.write(`cursorkey-wizard: ${message}\n`);
  return EXIT.usage;
}

export async function runClassify(
  command: ClassifyCommand,
  io: CommandIo,
  classify: (input: ClassifyInput) => Classification,
  /** Keys the environment holds: a paste may carry one whatever its shape. */
  secrets: readonly Secret[] = [],
): Promise<ExitCode> {
  let text = command.text;
  if (text === null && io.stdin.isTTY) {
    return usage(
      io,
      'classify needs the error text: pass it quoted, or pipe it (`pbpaste | cursorkey-wizard classify -`).',
    );
  }
  if (text === null || text === '-') {
    // `classify -` in a terminal waits for a paste; say how to end it.
    if (io.stdin.isTTY && io.stderr.isTTY) {
      io.stderr.write('Paste the error, then press Ctrl+D on a line of its own.\n');
    }
    const read = await readStdin(io.stdin, {maxBytes: CLASSIFY_STDIN_MAX_BYTES});
    if (!read.ok) {
      return usage(io, 'stdin holds more than 1 MB; paste only the error message and its JSON.');
    }
    text = read.text;
  }
  if (text.trim() === '' && command.status === null) {
    return usage(io, 'classify got an empty text; pass the error message, or --status CODE.');
  }
  const result = classify({text, status: command.status, provider: command.provider});
  const output = command.json ? `${JSON.stringify(result)}\n` : formatClassification(result);
  io.stdout.write(scrub(output, secrets));
  return EXIT.ok;
}
