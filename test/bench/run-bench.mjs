// `npm run bench`: bundles the bench (TypeScript, with the test helpers it drives) with esbuild
// into a temporary file and runs it with the arguments given.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ckw-bench-build-'));
const outfile = join(dir, 'bench.mjs');
try {
  await build({
    entryPoints: [join(root, 'test/bench/bench.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // import.meta.url must still point into the repository, where dist/ and the fixtures are.
    define: {
      'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'test/bench/x.ts')).href),
    },
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, {recursive: true, force: true});
}
