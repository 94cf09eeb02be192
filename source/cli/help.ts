export const HELP_TEXT = `cursorkey-wizard: find out why a Cursor API key fails, one step at a time.

Usage
  cursorkey-wizard [--share] [--no-color]     the interactive ten-step wizard (needs a terminal)
  cursorkey-wizard doctor [options]           every automatic check, non-interactively
  cursorkey-wizard classify [options] [TEXT | -]
                                               name the layer and step behind an error text
  cursorkey-wizard --help | --version

Wizard options
  --share               screen-share layout: no grey text, the timer moves every 5 s
                        at most, words beside every symbol
  --no-color            no colour (NO_COLOR=1 does the same)
  --no-completion       skip every billable request
  --timeout MS          bound each request or child process (default 10000)

Doctor options
  --json                one JSON document on stdout, nothing else there
  --report FILE         write a safe-to-share Markdown report to FILE
  --timeout MS          bound each check (default 10000)
  --model PROVIDER=MODEL
                        the model selected in Cursor for a provider (repeatable)
  --no-completion       only free probes such as model lists and key info (an account
                        with no credit can still pass /models; only a completion shows it)
  -v, --verbose         add the evidence lines
  One provider key may be piped on stdin: printf %s "$KEY" | cursorkey-wizard doctor

Classify options
  --json                the contract's JSON
  --status CODE         the HTTP status that came with the error
  --provider NAME       cursor, openai, anthropic, google, openrouter, azure or bedrock
  TEXT, -, or piped stdin; an error that names no layer is still answered ("unknown", with
  what to share next) and exits 0

Keys are read from the environment (CURSOR_API_KEY, OPENAI_API_KEY, ANTHROPIC_API_KEY, …) or a
masked prompt, never from the command line. Keys are shown only as provider, length and fp:xxxxxxxx.

Without a terminal (CI, pipes) the bare command runs doctor.

Exit codes: 0 no problem · 1 problem found · 2 usage error · 3 inconclusive · 130 cancelled
`;
