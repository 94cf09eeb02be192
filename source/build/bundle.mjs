// Bundles the command line into ESM chunks so `npx cursorkey-wizard` installs nothing at run time
// and each mode parses only the code it runs: `--version`, `--help` and `classify` load no Ink,
// React, undici or step code; `doctor` loads no Ink or React.
import {build} from 'esbuild';
import {chmod, readFile, rm, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
const outdir = `${root}dist`;
const stub = `${root}source/build/devtools-stub.js`;

/**
 * Ink loads its React devtools bridge (and, through it, `ws`) only when DEV=true. Resolving both
 * to a stub keeps ~130 KB out of the bundle and makes DEV=true harmless instead of a hang.
 */
const noDevtools = {
  name: 'no-devtools',
  setup(builder) {
    builder.onResolve({filter: /^(react-devtools-core|ws)$/}, () => ({path: stub}));
    builder.onResolve({filter: /^\.\/devtools(-window-polyfill)?\.js$/}, (args) =>
      /[\\/]node_modules[\\/]ink[\\/]/.test(args.importer) ? {path: stub} : undefined,
    );
  },
};

/**
 * What the entry loads after it has looked at argv, each a file of its own under chunks/. The
 * entry itself is one file, so `--version` reads nothing else.
 */
const PROGRAMS = {
  './cli.js': './chunks/cli.js',
  './cli/help.js': './chunks/help.js',
  './classify-cli.js': './chunks/classify-cli.js',
};
const programsByPath = {
  name: 'programs-by-path',
  setup(builder) {
    builder.onResolve({filter: /\.js$/}, (args) =>
      args.importer.endsWith('source/bin.ts') && args.path in PROGRAMS
        ? {path: PROGRAMS[args.path], external: true}
        : undefined,
    );
  },
};

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // Ink is ESM with top-level await; some CJS dependencies (signal-exit) still call require().
  banner: {
    js: [
      "import {createRequire as __ckwCreateRequire} from 'node:module';",
      'const require = __ckwCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  define: {
    'process.env.NODE_ENV': '"production"',
    __CURSORKEY_VERSION__: JSON.stringify(pkg.version),
  },
  // Loaded lazily and only for Bedrock checks, when the user has it installed.
  external: ['@aws-sdk/*'],
};

await rm(outdir, {recursive: true, force: true});
const builds = await Promise.all([
  build({
    ...shared,
    entryPoints: {cli: `${root}source/bin.ts`},
    outdir,
    plugins: [programsByPath],
  }),
  build({
    ...shared,
    entryPoints: {cli: `${root}source/cli.tsx`},
    outdir: `${outdir}/chunks`,
    splitting: true,
    chunkNames: '[name]-[hash]',
    plugins: [noDevtools],
  }),
  // Node 20 spends more on loading each of a dozen small chunks than on parsing their code, so
  // the mode people script against most is one file, even though it repeats ~190 KB of the rest.
  build({
    ...shared,
    entryPoints: {'classify-cli': `${root}source/classify-cli.ts`},
    outdir: `${outdir}/chunks`,
    plugins: [noDevtools],
  }),
]);

/**
 * The help text is fixed once the options table and the registry are: it is worked out here, so
 * `--help` reads one small file that imports nothing (no registry, no node:crypto).
 */
async function helpTextModule() {
  const {outputFiles} = await build({
    ...shared,
    banner: {},
    metafile: false,
    entryPoints: [`${root}source/cli/help.ts`],
    write: false,
  });
  const code = Buffer.from(outputFiles[0].text).toString('base64');
  const {HELP_TEXT} = await import(`data:text/javascript;base64,${code}`);
  return `export const HELP_TEXT = ${JSON.stringify(HELP_TEXT)};\n`;
}
await writeFile(`${outdir}/chunks/help.js`, await helpTextModule());

const entry = `${outdir}/cli.js`;
await writeFile(entry, `#!/usr/bin/env node\n${await readFile(entry, 'utf8')}`);
await chmod(entry, 0o755);
// Not shipped (package.json `files` lists only cli.js and chunks/); the start-cost test reads it
// to name the sources behind each chunk a mode loads.
const metafiles = builds.map((result) => result.metafile);
await writeFile(
  `${outdir}/meta.json`,
  JSON.stringify({
    inputs: Object.assign({}, ...metafiles.map((meta) => meta.inputs)),
    outputs: Object.assign({}, ...metafiles.map((meta) => meta.outputs)),
  }),
);
