// The --help text. The options of each mode come from the options table, so the help says
// exactly what each command accepts.
import {KEY_VARIABLES, optionLines} from './options.js';

export const HELP_TEXT = `cursorkey-wizard: find out why a Cursor API key fails, one step at a time.

Usage
  cursorkey-wizard [--share] [--fresh]        the interactive ten-step wizard (needs a terminal)
  cursorkey-wizard doctor [options]           every automatic check, non-interactively
  cursorkey-wizard classify [options] [TEXT | -]
                                               name the layer and step behind an error text
  cursorkey-wizard --help | --version

Wizard options
${optionLines('wizard').join('\n')}

Doctor options
${optionLines('doctor').join('\n')}
  One provider key may be piped on stdin: printf %s "$KEY" | cursorkey-wizard doctor

Classify options
${optionLines('classify').join('\n')}
  TEXT, -, or piped stdin; an error that names no layer is still answered ("unknown", with
  what to share next) and exits 0

Keys are read from the environment (${KEY_VARIABLES}, …) or a
masked prompt, never from the command line. Keys are shown only as provider, length and fp:xxxxxxxx.

Without a terminal (CI, pipes) the bare command runs doctor.

Exit codes: 0 no problem · 1 problem found · 2 usage error · 3 inconclusive · 130 cancelled
(Ctrl+C) · 143 ended by SIGTERM · 129 ended by SIGHUP
`;
