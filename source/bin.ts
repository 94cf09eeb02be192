// The installed command. It stays tiny so the compile cache is on before the rest is parsed, and
// `--version` or `--help` alone (what scripts and bug reports run most) answer before the command
// line loads. `classify` runs a program built into one file of its own.
import {homedir} from 'node:os';
import {compileCacheDir, enableCompileCache} from './cli/compile-cache.js';
import {VERSION} from './version.js';

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : undefined;
if (only === '--version') {
  process.stdout.write(`${VERSION}\n`);
} else {
  enableCompileCache(compileCacheDir(process.env, process.platform, homedir()));
  if (only === '--help') process.stdout.write((await import('./cli/help.js')).HELP_TEXT);
  else if (args[0] === 'classify') await import('./classify-cli.js');
  else await import('./cli.js');
}
