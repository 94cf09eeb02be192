// The installed command. It stays tiny so the compile cache is on before the rest is parsed, and
// `--version` alone (what scripts and bug reports run most) answers before anything else loads.
import {homedir} from 'node:os';
import {compileCacheDir, enableCompileCache} from './cli/compile-cache.js';
import {VERSION} from './version.js';

const args = process.argv.slice(2);
if (args.length === 1 && args[0] === '--version') {
  process.stdout.write(`${VERSION}\n`);
} else {
  enableCompileCache(compileCacheDir(process.env, process.platform, homedir()));
  await import('./cli.js');
}
