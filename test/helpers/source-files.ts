// The product's source files, for the tests that read source/ as text or syntax (layering,
// import graph, module state, provider names, step numbers).
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const SOURCE_DIR = fileURLToPath(new URL('../../source', import.meta.url));

/** Every .ts and .tsx file below `dir`, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
