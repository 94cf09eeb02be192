// Where the tool keeps what it may lose without harm (the compile cache, saved progress): the
// user's cache folder as each platform names it, with the tool's own folder inside.
import {join} from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

export function userCacheDir(env: Env, platform: NodeJS.Platform, home: string): string {
  const base =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Caches')
        : env.XDG_CACHE_HOME?.startsWith('/')
          ? env.XDG_CACHE_HOME
          : join(home, '.cache');
  return join(base, 'cursorkey-wizard');
}
