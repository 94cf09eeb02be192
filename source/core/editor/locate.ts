// Where the Cursor editor keeps its state: `<User>/globalStorage/state.vscdb`, with `<User>` from
// CURSORKEY_CURSOR_USER_DIR or the per-OS default. Some installs use a lowercase `cursor` folder,
// so both spellings are candidates (on a case-insensitive disk they are the same file).
import {posix, win32} from 'node:path';
import type {Env} from '../step-model.js';

export const STATE_FILE_NAME = 'state.vscdb';

function userDirs(env: Env, platform: string): string[] {
  const override = env.CURSORKEY_CURSOR_USER_DIR?.trim();
  if (override) return [override];
  const home = (platform === 'win32' ? env.USERPROFILE || env.HOME : env.HOME)?.trim();
  const bases: string[] = [];
  if (platform === 'darwin') {
    if (home) bases.push(posix.join(home, 'Library', 'Application Support'));
  } else if (platform === 'win32') {
    if (env.APPDATA?.trim()) bases.push(env.APPDATA.trim());
    if (home) bases.push(win32.join(home, 'AppData', 'Roaming'));
  } else {
    if (env.XDG_CONFIG_HOME?.trim()) bases.push(env.XDG_CONFIG_HOME.trim());
    if (home) bases.push(posix.join(home, '.config'));
  }
  const path = platform === 'win32' ? win32 : posix;
  const dirs = bases.flatMap((base) => [
    path.join(base, 'Cursor', 'User'),
    path.join(base, 'cursor', 'User'),
  ]);
  return [...new Set(dirs)];
}

/** Candidate state files, most likely first. */
export function editorStateFiles(env: Env, platform: string): string[] {
  const path = platform === 'win32' ? win32 : posix;
  return userDirs(env, platform).map((dir) => path.join(dir, 'globalStorage', STATE_FILE_NAME));
}
