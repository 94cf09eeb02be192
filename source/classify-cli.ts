// `cursorkey-wizard classify …` as a program of its own: built into one file with everything it
// runs, because Node spends more on loading each of a dozen small modules than on the code in them.
// The entry sends here only an argv that starts with `classify`, which parses to a text command.
import {parseCommandLine} from './cli/parse-args.js';
import {runAsProcess} from './cli/run-as-process.js';
import {answerInText, isTextCommand} from './cli/text-modes.js';

export function runClassifyProgram(): void {
  runAsProcess(async (argv) => {
    const command = parseCommandLine(argv);
    if (!isTextCommand(command))
      throw new Error(`the classify program got a ${command.kind} command`);
    return answerInText(command);
  });
}
