// The layering the design depends on, checked on every run rather than trusted.
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {moduleReferences} from '../helpers/module-references.js';

const source = fileURLToPath(new URL('../../source', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

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
