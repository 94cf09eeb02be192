// The installed command. It stays tiny so the compile cache is on before the rest is parsed, and
// `--version` or `--help` alone (what scripts and bug reports run most) answer before the command
// line loads. `classify` runs a program built into one file of its own, and the bare wizard's first
// frame is drawn here, before Ink and the wizard load.
import {homedir} from 'node:os';
import {compileCacheDir, enableCompileCache} from './cli/compile-cache.js';
import {openWizardScreen} from './cli/wizard-screen.js';
import {VERSION} from './version.js';

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : undefined;
if (only === '--version') {
  process.stdout.write(`${VERSION}\n`);
} else {
  enableCompileCache(compileCacheDir(process.env, process.platform, homedir()));
  if (only === '--help') process.stdout.write((await import('./cli/help.js')).HELP_TEXT);
  else if (args[0] === 'classify') (await import('./classify-cli.js')).runClassifyProgram();
  else {
    // The bare command in a terminal is the wizard: its first frame goes up before the code that
    // draws the rest has even loaded.
    const wizard = args.length === 0 && process.stdin.isTTY && process.stdout.isTTY;
    const screen = wizard
      ? await openWizardScreen({share: false, noColor: false, fresh: false})
      : undefined;
    (await import('./cli.js')).runCommandLine(screen);
  }
}
