// Bundles the corpus evaluation (TypeScript) with esbuild into a temporary file and runs it.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'classify-eval-'));
const outfile = join(dir, 'eval.mjs');
try {
  await build({
    entryPoints: [join(root, 'test/classify/corpus-eval.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // import.meta.url must still point into the repository for the corpus folder.
    define: {
      'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'test/classify/x.ts')).href),
    },
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, {recursive: true, force: true});
}
