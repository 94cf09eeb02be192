// The saved-progress file: owner-only, replaced whole, and never a reason for the wizard to crash.
import {mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {progressStore} from '../../source/probes/progress-store.js';

let folders: string[] = [];
function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'progress-store-'));
  folders.push(made);
  return made;
}
afterEach(async () => {
  const {rmSync} = await import('node:fs');
  for (const made of folders) rmSync(made, {recursive: true, force: true});
  folders = [];
});

describe('progress store', () => {
  test('the saved file is readable by its owner only, even over a stale temporary file', () => {
    const path = join(folder(), 'progress.json');
    // A temporary file left by an earlier process with the same id, made with a loose mode.
    writeFileSync(`${path}.${process.pid}.tmp`, 'stale', {mode: 0o644});
    progressStore(path).save('{"version":1}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"version":1}\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  test('clearing progress that cannot be removed does not throw', () => {
    const path = join(folder(), 'progress.json');
    mkdirSync(path); // not a file: --fresh or "Start over" must still start
    const store = progressStore(path);
    expect(store.load()).toBeNull();
    expect(() => store.clear()).not.toThrow();
  });
});

test('saving where the temporary name is taken by a folder does not throw', () => {
  const path = join(folder(), 'progress.json');
  mkdirSync(`${path}.${process.pid}.tmp`);
  expect(() => progressStore(path).save('{}\n')).not.toThrow();
});
