// Node 22.1+ can keep the compiled bytecode of the bundle between runs; on older Nodes the
// function is missing and the tool starts exactly as before.
import nodeModule from 'node:module';
import {join} from 'node:path';
import {userCacheDir} from '../core/user-cache-dir.js';

type Env = Readonly<Record<string, string | undefined>>;

export function compileCacheDir(env: Env, platform: NodeJS.Platform, home: string): string {
  return join(userCacheDir(env, platform, home), 'compile-cache');
}

interface CompileCacheHost {
  enableCompileCache?: (directory: string) => unknown;
}

/**
 * Turns the cache on where the running Node has it. A cache folder that cannot be written only
 * costs the speed-up: Node reports it in the return value, which is ignored on purpose.
 */
export function enableCompileCache(
  directory: string,
  host: CompileCacheHost = nodeModule as CompileCacheHost,
): boolean {
  if (typeof host.enableCompileCache !== 'function') return false;
  try {
    host.enableCompileCache(directory);
    return true;
  } catch {
    return false;
  }
}
