// The run's temporary folder: made on first use, gone after remove(), and its exit hook with it,
// so a process that opens run after run (a test worker, a long session) keeps one hook at most.
import {existsSync} from 'node:fs';
import {dirname} from 'node:path';
import {expect, test} from 'vitest';
import {createRunFolder} from '../../source/probes/system.js';

test('remove() deletes the folder and takes its exit hook away', async () => {
  const before = process.listenerCount('exit');
  const folder = createRunFolder();
  const dir = await folder.makeTempDir('probe');
  expect(existsSync(dir.path)).toBe(true);
  expect(process.listenerCount('exit')).toBe(before + 1);
  await folder.remove();
  expect(existsSync(dirname(dir.path))).toBe(false);
  expect(process.listenerCount('exit')).toBe(before);
});

test('a folder made again after remove() has one hook, not two', async () => {
  const before = process.listenerCount('exit');
  const folder = createRunFolder();
  for (let round = 0; round < 3; round++) {
    await folder.makeTempDir('probe');
    await folder.remove();
  }
  await folder.makeTempDir('probe');
  expect(process.listenerCount('exit')).toBe(before + 1);
  await folder.remove();
  expect(process.listenerCount('exit')).toBe(before);
});
