// No module holds state that outlives a run: a second run in the same process (a test, the
// restart's re-check) must start as clean as the first. State belongs to what a run creates.
import {readFileSync} from 'node:fs';
import {relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {expect, test} from 'vitest';
import {filesUnder} from '../helpers/source-files.js';

const source = fileURLToPath(new URL('../../source', import.meta.url));

const CONTAINER = /^(?:Map|Set|WeakMap|WeakSet)$/;
const MUTATORS = new Set(['add', 'set', 'delete', 'clear']);

/** Module-level `let` and `var`, and module-level collections that some code changes. */
function moduleStateIn(files: ReadonlyMap<string, string>): string[] {
  const parsed = [...files].map(([name, text]) => ({
    name,
    file: ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true),
  }));
  const found: string[] = [];
  const collections: {name: string; where: string}[] = [];
  for (const {name, file} of parsed) {
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const constant = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const declaration of statement.declarationList.declarations) {
        const variable = declaration.name.getText(file);
        if (!constant) found.push(`${name}: ${variable} (a module-level let)`);
        const value = declaration.initializer;
        if (value && ts.isNewExpression(value) && CONTAINER.test(value.expression.getText(file))) {
          collections.push({name: variable, where: name});
        }
      }
    }
  }
  // A collection that only ever answers lookups is a table; one that is changed is state.
  for (const {name, file} of parsed) {
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        MUTATORS.has(node.expression.name.text)
      ) {
        const target = node.expression.expression.getText(file);
        const collection = collections.find((entry) => entry.name === target);
        if (collection) found.push(`${collection.where}: ${target} (changed in ${name})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return [...new Set(found)];
}

test('no module-level mutable state in source/', () => {
  const files = new Map(
    filesUnder(source).map((file) => [relative(source, file), readFileSync(file, 'utf8')]),
  );
  expect(moduleStateIn(files)).toEqual([]);
});

test('the reader finds a module-level let and a changed collection, and lets a table be', () => {
  const files = new Map([
    [
      'children.ts',
      'const sessions = new Set<number>();\nexport const track = (p: number) => sessions.add(p);',
    ],
    ['system.ts', 'let privateParent: Promise<string> | undefined;'],
    [
      'codes.ts',
      "const CODES = new Set(['ECONNRESET']);\nexport const known = (c: string) => CODES.has(c);",
    ],
    ['cache.ts', 'export const CACHE = new Map<string, number>();'],
    ['user.ts', "import {CACHE} from './cache.js';\nCACHE.set('x', 1);"],
  ]);
  expect(moduleStateIn(files).sort()).toEqual([
    'cache.ts: CACHE (changed in user.ts)',
    'children.ts: sessions (changed in children.ts)',
    'system.ts: privateParent (a module-level let)',
  ]);
});
