// The import graph of source/, static and dynamic imports alike: no cycles, and no import whose
// target only the running code knows (a computed `import(name)` or `require`), which would hide a
// dependency from every other check here.
import {readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {filesUnder} from '../helpers/source-files.js';
import {moduleReferences} from '../helpers/module-references.js';

const source = fileURLToPath(new URL('../../source', import.meta.url));

/**
 * Loads whose target is known only at run time, each behind the runner, named exactly (a second
 * one in the same file fails too), with the reason.
 */
const HIDDEN_IMPORTS_ALLOWED: Record<string, string> = {
  'probes/aws-profile.ts: import(name)': 'the optional AWS SDK, if the user has it installed',
};

const files = filesUnder(source);
const graph = new Map<string, string[]>(
  files.map((file) => {
    const targets = moduleReferences(readFileSync(file, 'utf8'))
      .specifiers.filter((specifier) => specifier.startsWith('.'))
      .map((specifier) =>
        relative(source, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts'),
      )
      .map((target) => (files.includes(join(source, target)) ? target : target + 'x'));
    return [relative(source, file), targets];
  }),
);

/**
 * One cycle per back edge of a depth-first walk, each named from its smallest member. Every node
 * is walked once: walking every path instead grows exponentially with the graph.
 */
function cycles(): string[] {
  const found = new Set<string>();
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      const loop = path.slice(at);
      const start = loop.indexOf([...loop].sort()[0]!);
      const rotated = [...loop.slice(start), ...loop.slice(0, start)];
      found.add([...rotated, rotated[0]].join(' > '));
      return;
    }
    if (done.has(node)) return;
    path.push(node);
    for (const next of graph.get(node) ?? []) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of graph.keys()) visit(node);
  return [...found].sort();
}

test('no import cycles', () => {
  expect(cycles()).toEqual([]);
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
  const hidden = files.flatMap((file) =>
    moduleReferences(readFileSync(file, 'utf8')).hidden.map(
      (load) => `${relative(source, file)}: ${load}`,
    ),
  );
  expect(hidden.sort()).toEqual(Object.keys(HIDDEN_IMPORTS_ALLOWED).sort());
});

test('the reader sees every import form, and every load that hides its target', () => {
  const read = (text: string) => moduleReferences(text);
  expect(read("const m = await import('../steps/index.js');")).toEqual({
    specifiers: ['../steps/index.js'],
    hidden: [],
  });
  expect(
    read("export {x} from './x.js';\nexport * from './z.js';\nimport type {Y} from './y.js';"),
  ).toEqual({specifiers: ['./x.js', './z.js', './y.js'], hidden: []});
  expect(read("type U = typeof import('undici');").specifiers).toEqual(['undici']);
  // Text that only looks like a load is none.
  expect(
    read(
      "// import(name)\nconst a = 'require(x)';\nconst b = /import\\(y\\)/;\nconst c = {require: 1};",
    ).hidden,
  ).toEqual([]);
  for (const hiddenLoad of [
    'const m = await import(name);',
    "const m = await import('./steps/' + name);",
    'const m = await import(`./steps/${name}.js`);',
    'const m = await import(\n  /* later */ name,\n);',
    "const req = createRequire(import.meta.url); req('x');",
    "const os = require('node:os');",
    "const os = module.require('node:os');",
    'const load = require;',
    "const cp = process.getBuiltinModule('node:child_process');",
    "process.binding('spawn_sync');",
    'eval(text);',
    'const run = new Function(\'return import("x")\');',
    "import os = require('node:os');",
  ]) {
    expect(read(hiddenLoad).hidden, hiddenLoad).not.toEqual([]);
  }
  // A hidden load that still names its target shows in the graph as well.
  expect(read("const cp = process.getBuiltinModule('node:child_process');").specifiers).toEqual([
    'node:child_process',
  ]);
});
