// Small file-system side effects: PATH lookup and private temporary directories.
import {constants} from 'node:fs';
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

export async function makeTempDir(prefix: string): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), `${prefix}-`));
  return {
    path,
    dispose: async () => {
      await rm(path, {recursive: true, force: true}).catch(() => undefined);
    },
  };
}
