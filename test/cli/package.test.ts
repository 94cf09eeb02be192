import {execFileSync, spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {scratchDir} from '../helpers/scratch-dir.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the packed tarball ships only the bundle (entry and chunks) and runs through npx', () => {
  const out = scratchDir('pack');
  // --ignore-scripts: the test command already built dist; rebuilding here would race other tests.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as {filename: string; files: {path: string}[]}[];
  const files = packed[0]!.files.map((file) => file.path).sort();
  const chunks = files.filter((file) => file.startsWith('dist/chunks/'));
  expect(files.filter((file) => !chunks.includes(file))).toEqual([
    'LICENSE',
    'README.md',
    'dist/cli.js',
    'package.json',
  ]);
  // Every chunk the entry can reach ships, and nothing else does (the metafile stays behind).
  expect(chunks.sort()).toEqual(
    readdirSync(join(root, 'dist/chunks'))
      .map((name) => `dist/chunks/${name}`)
      .sort(),
  );
  expect(chunks.every((file) => file.endsWith('.js'))).toBe(true);

  const tarball = join(out, packed[0]!.filename);
  const cwd = scratchDir('npx');
  const npx = (args: string[]) =>
    spawnSync('npx', ['--yes', '--package', tarball, '--', 'cursorkey-wizard', ...args], {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        npm_config_cache: join(cwd, '.npm'),
        npm_config_update_notifier: 'false',
      },
      timeout: 120_000,
    });
  const result = npx(['--version']);
  expect(result.stderr).not.toMatch(/ERR!/);
  expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  // classify is a program of its own file: it ships and loads from the installed package too.
  const classified = npx(['classify', '--json', 'connect ETIMEDOUT 104.18.0.1:443']);
  expect(classified.stderr).not.toMatch(/ERR!/);
  expect(JSON.parse(classified.stdout)).toMatchObject({layer: 'network'});
  expect(readdirSync(cwd)).not.toContain('node_modules');
});
