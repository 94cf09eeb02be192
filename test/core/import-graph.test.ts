// The import graph of source/, static and dynamic imports alike: no cycles, and no import whose
// target only the running code knows (a computed `import(name)` or `require`), which would hide a
// dependency from every other check here.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';

const source = fileURLToPath(new URL('../../source', import.meta.url));

/** Cycles that remain until the step runner owns re-running the steps, with the reason. */
const KNOWN_CYCLES: Record<string, string> = {
  'core/cursor/restart-check.ts > core/steps/index.ts > core/steps/restart.ts > core/cursor/restart-check.ts':
    'the restart re-check loads the step list itself (dynamically)',
};

/** Imports whose target is known only at run time, each behind the runner, with the reason. */
const HIDDEN_IMPORTS_ALLOWED: Record<string, string> = {
  'probes/aws-profile.ts': 'the optional AWS SDK, if the user has it installed',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier in a file: `import … from`, `export … from`, `import '…'`, `import('…')`. */
export function specifiersOf(text: string): string[] {
  return [
    ...text.matchAll(/(?:^|[^.\w])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|[^.\w])import\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|[^.\w])import\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
}

/** Imports the graph cannot see: `import(expr)`, `require(…)`, `createRequire`. */
export function hiddenImportsIn(text: string): string[] {
  const code = text.replace(/^\s*\/\/.*$/gm, '').replace(/import\(\s*['"][^'"]+['"]\s*\)/g, '');
  return [
    ...code.matchAll(/(?:^|[^.\w])import\s*\(/g),
    ...code.matchAll(/(?:^|[^.\w])require\s*\(/g),
    ...code.matchAll(/\bcreateRequire\b/g),
  ].map((match) => match[0].trim());
}

const files = filesUnder(source);
const graph = new Map<string, string[]>(
  files.map((file) => {
    const targets = specifiersOf(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) =>
        relative(source, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts'),
      )
      .map((target) => (files.includes(join(source, target)) ? target : target + 'x'));
    return [relative(source, file), targets];
  }),
);

function cycles(): string[] {
  const found = new Set<string>();
  const visit = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      const loop = path.slice(at);
      // Name each cycle from its smallest member, so one loop is one entry.
      const start = loop.indexOf([...loop].sort()[0]!);
      const rotated = [...loop.slice(start), ...loop.slice(0, start)];
      found.add([...rotated, rotated[0]].join(' > '));
      return;
    }
    if (path.length > 40) return;
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
  };
  for (const node of graph.keys()) visit(node, []);
  return [...found].sort();
}

test('no import cycles beyond the known ones', () => {
  expect(cycles()).toEqual(Object.keys(KNOWN_CYCLES).sort());
});

test('no cycles between folders either: report never imports doctor, the core imports no face', () => {
  const folderOf = (file: string) => file.split('/')[0]!.replace(/\.tsx?$/, '');
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== from) folders.set(from, (folders.get(from) ?? new Set()).add(to));
    }
  }
  const loops = [...folders].flatMap(([from, tos]) =>
    [...tos].filter((to) => folders.get(to)?.has(from)).map((to) => `${from} <> ${to}`),
  );
  expect(loops).toEqual([]);
});

test('no computed imports or require: every dependency is visible to these checks', () => {
  const offenders = files
    .filter((file) => !(relative(source, file) in HIDDEN_IMPORTS_ALLOWED))
    .flatMap((file) =>
      hiddenImportsIn(readFileSync(file, 'utf8')).map(
        (found) => `${relative(source, file)}: ${found}`,
      ),
    );
  expect(offenders).toEqual([]);
});

test('the readers see dynamic, computed and re-exported imports', () => {
  expect(specifiersOf("const m = await import('../steps/index.js');")).toEqual([
    '../steps/index.js',
  ]);
  expect(specifiersOf("export {x} from './x.js';\nimport type {Y} from './y.js';")).toEqual([
    './x.js',
    './y.js',
  ]);
  expect(hiddenImportsIn('const m = await import(name);')).toHaveLength(1);
  expect(hiddenImportsIn("const m = await import('fixed');")).toEqual([]);
  expect(hiddenImportsIn("const req = createRequire(import.meta.url); req('x');")).toHaveLength(1);
});
