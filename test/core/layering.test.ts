// The layering the design depends on, checked on every run rather than trusted.
import {readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {expect, test} from 'vitest';
import {filesUnder} from '../helpers/source-files.js';
import {moduleReferences} from '../helpers/module-references.js';

const source = fileURLToPath(new URL('../../source', import.meta.url));

function importsOf(path: string): string[] {
  // isIP is a pure address parser; it is the one piece of node:net that touches nothing.
  const text = readFileSync(path, 'utf8').replace("import {isIP} from 'node:net';", '');
  return moduleReferences(text).specifiers;
}

test('core imports neither React nor Ink, nor anything with side effects', () => {
  const offenders = filesUnder(join(source, 'core')).flatMap((file) =>
    importsOf(file)
      .filter((name) =>
        /^(ink|react|ink-.*|execa|undici|node:child_process|node:fs.*|node:net|node:https?)$/.test(
          name,
        ),
      )
      .map((name) => `${relative(source, file)} imports ${name}`),
  );
  expect(offenders).toEqual([]);
});

test('only probes/ starts processes or opens connections', () => {
  const offenders = filesUnder(source)
    .filter((file) => !relative(source, file).startsWith('probes/'))
    .flatMap((file) =>
      importsOf(file)
        .filter((name) =>
          /^(execa|undici|node:child_process|node:net|node:https?|node:tls)$/.test(name),
        )
        .map((name) => `${relative(source, file)} imports ${name}`),
    );
  expect(offenders).toEqual([]);
});

/** Places in the core that still read the wall clock or set a timer themselves, with why. */
const CLOCK_READS_ALLOWED: Record<string, string> = {
  'core/providers/rate-limit.ts: Date.now()':
    "a retry-after date with no Date header in the answer: the only clock to compare it with is this machine's",
};

/** `Date.now()`, `new Date()` with no argument, `performance.now()`, `setTimeout`, `setInterval`. */
function clockReadsIn(text: string): string[] {
  const file = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      /^(?:Date|performance)\.now$/.test(node.expression.getText(file))
    ) {
      found.push(node.getText(file));
    } else if (
      ts.isNewExpression(node) &&
      node.expression.getText(file) === 'Date' &&
      (node.arguments?.length ?? 0) === 0
    ) {
      found.push('new Date()');
    } else if (ts.isIdentifier(node) && /^(?:setTimeout|setInterval)$/.test(node.text)) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test("the core reads time only through the runner's clock", () => {
  const reads = filesUnder(join(source, 'core')).flatMap((file) =>
    clockReadsIn(readFileSync(file, 'utf8')).map((read) => `${relative(source, file)}: ${read}`),
  );
  expect(reads.filter((read) => !(read in CLOCK_READS_ALLOWED))).toEqual([]);
  // An allowance nothing uses any more would let a new clock read there pass unseen.
  expect(Object.keys(CLOCK_READS_ALLOWED).filter((allowed) => !reads.includes(allowed))).toEqual(
    [],
  );
  expect(clockReadsIn('const a = Date.now(); const b = new Date(); setTimeout(f, 1);')).toEqual([
    'Date.now()',
    'new Date()',
    'setTimeout',
  ]);
  expect(clockReadsIn("const t = new Date('2026-01-01'); const n = clock.now();")).toEqual([]);
});
