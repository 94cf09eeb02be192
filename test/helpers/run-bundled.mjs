// Runs a TypeScript entry of the test tree as a command: esbuild bundles it (with the helpers it
// imports) into a temporary file, which is imported and then removed. `import.meta.url` keeps
// pointing at the entry's folder in the repository, where dist/, the fixtures and the corpus are.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** @param {string} entry the entry's path from the repository's root, e.g. `test/bench/bench.ts` */
export async function runBundled(entry) {
  const dir = mkdtempSync(join(tmpdir(), `ckw-${basename(entry, '.ts')}-`));
  const outfile = join(dir, 'entry.mjs');
  try {
    await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'error',
      define: {
        'import.meta.url': JSON.stringify(pathToFileURL(join(root, dirname(entry), 'x.ts')).href),
      },
    });
    await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
