// The installed command. It stays tiny so the compile cache is on before the rest is parsed.
import {homedir} from 'node:os';
import {compileCacheDir, enableCompileCache} from './cli/compile-cache.js';

enableCompileCache(compileCacheDir(process.env, process.platform, homedir()));
await import('./cli.js');
