// Small file-system side effects: PATH lookup and private temporary directories.
import {constants, rmSync} from 'node:fs';
import {access, mkdtemp, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';
import type {TempDir} from '../core/runner.js';

export async function which(
  command: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const extensions =
    process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';') : [''];
  for (const dir of dirs) {
    for (const extension of extensions) {
      const candidate = join(dir, command + extension);
      try {
        await access(candidate, constants.X_OK);
        if ((await stat(candidate)).isFile()) return candidate;
      } catch {
        // Not here.
      }
    }
  }
  return null;
}

function removeNow(path: string): void {
  try {
    rmSync(path, {recursive: true, force: true});
  } catch {
    // Best effort on the way out.
  }
}

/**
 * One folder per run, mode 0700 (mkdtemp's), made when the run first asks for a temporary folder
 * and holding every one it makes. It is removed on every way out: the run's end, a signal, a
 * crash (`exit` runs for all three).
 */
export interface RunFolder {
  makeTempDir(prefix: string): Promise<TempDir>;
  /** Removes the folder now, with everything still in it. */
  remove(): Promise<void>;
}

export function createRunFolder(): RunFolder {
  let parent: Promise<string> | undefined;
  let removeOnExit: (() => void) | undefined;
  const folder = (): Promise<string> => {
    parent ??= mkdtemp(join(tmpdir(), 'cursorkey-wizard-')).then((path) => {
      removeOnExit = () => removeNow(path);
      process.once('exit', removeOnExit);
      return path;
    });
    return parent;
  };
  return {
    async makeTempDir(prefix) {
      const path = await mkdtemp(join(await folder(), `${prefix}-`));
      return {
        path,
        dispose: async () => {
          await rm(path, {recursive: true, force: true}).catch(() => undefined);
        },
      };
    },
    async remove() {
      if (!parent) return;
      const path = await parent.catch(() => null);
      parent = undefined;
      // Removed now, so the exit hook has nothing left to do; runs that follow add their own.
      if (removeOnExit) process.off('exit', removeOnExit);
      removeOnExit = undefined;
      if (path) await rm(path, {recursive: true, force: true}).catch(() => undefined);
    },
  };
}
