// The saved-progress file: under the user's cache folder, written atomically (a temporary file
// in the same folder, then a rename), readable by its owner only.
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join} from 'node:path';
import {userCacheDir} from '../core/user-cache-dir.js';

type Env = Readonly<Record<string, string | undefined>>;

export function progressPath(env: Env, platform: NodeJS.Platform, home = homedir()): string {
  return join(userCacheDir(env, platform, home), 'progress.json');
}

/**
 * Whether progress is saved at `path`. node:fs loads only when this is asked: an ESM import of it
 * costs every start a millisecond or two (its stream classes load with it), `--version` included.
 */
export async function hasSavedProgress(path: string): Promise<boolean> {
  const {access} = await import('node:fs/promises');
  return access(path).then(
    () => true,
    () => false,
  );
}

export interface ProgressStore {
  path: string;
  /** The saved text, or null when there is none or it cannot be read. */
  load(): string | null;
  /** Never throws: progress that cannot be saved only costs the resume. */
  save(text: string): void;
  /** Never throws: progress that cannot be removed is offered again, never a crash. */
  clear(): void;
}

export function progressStore(path: string): ProgressStore {
  return {
    path,
    load() {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    save(text) {
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(path), {recursive: true, mode: 0o700});
        // A file left under this name keeps its own mode when written over: start from none.
        rmSync(temporary, {force: true});
        writeFileSync(temporary, text, {mode: 0o600, flag: 'wx'});
        renameSync(temporary, path);
      } catch {
        try {
          rmSync(temporary, {force: true});
        } catch {
          // Nothing more to undo.
        }
      }
    },
    clear() {
      try {
        rmSync(path, {force: true});
      } catch {
        // A folder or an unremovable file in its place: the next load ignores it again.
      }
    },
  };
}
