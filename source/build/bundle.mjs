// Bundles source/cli.tsx into one ESM file so `npx cursorkey-wizard` installs nothing at run time.
import {build} from 'esbuild';
import {readFile, chmod} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
const outfile = `${root}dist/cli.js`;

await build({
  entryPoints: [`${root}source/cli.tsx`],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  // Ink is ESM with top-level await; some CJS dependencies (signal-exit) still call require().
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import {createRequire as __ckwCreateRequire} from 'node:module';",
      'const require = __ckwCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  define: {
    'process.env.NODE_ENV': '"production"',
    __CURSORKEY_VERSION__: JSON.stringify(pkg.version),
  },
  // Ink imports react-devtools-core only when DEV=true; a stub keeps it out of the bundle.
  alias: {'react-devtools-core': `${root}source/build/devtools-stub.js`},
  // Loaded lazily and only for Bedrock checks, when the user has it installed.
  external: ['@aws-sdk/*'],
});
await chmod(outfile, 0o755);
