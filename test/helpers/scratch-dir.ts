// A private temporary folder for one test, removed when the test finishes (pass or fail), so a
// run of the suite leaves nothing behind in the system's temporary folder.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {onTestFinished} from 'vitest';

export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ckw-${name}-`));
  onTestFinished(() => rmSync(dir, {recursive: true, force: true}));
  return dir;
}
