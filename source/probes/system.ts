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

let privateParent: Promise<string> | undefined;

/**
 * One folder per run, mode 0700 (mkdtemp's), that holds every temporary folder the run makes.
 * It is removed on every way out: a normal end, a signal, a crash (`exit` runs for all three).
 */
function runFolder(): Promise<string> {
  privateParent ??= mkdtemp(join(tmpdir(), 'cursorkey-wizard-')).then((path) => {
    process.once('exit', () => removeRunFolderNow(path));
    return path;
  });
  return privateParent;
}

function removeRunFolderNow(path: string): void {
  try {
    rmSync(path, {recursive: true, force: true});
  } catch {
    // Best effort on the way out.
  }
}

/** Removes the run's temporary folder now, with everything still in it. */
export async function removeAllTempDirs(): Promise<void> {
  if (!privateParent) return;
  const path = await privateParent.catch(() => null);
  if (path) await rm(path, {recursive: true, force: true}).catch(() => undefined);
  privateParent = undefined;
}

export async function makeTempDir(prefix: string): Promise<TempDir> {
  const path = await mkdtemp(join(await runFolder(), `${prefix}-`));
  return {
    path,
    dispose: async () => {
      await rm(path, {recursive: true, force: true}).catch(() => undefined);
    },
  };
}
