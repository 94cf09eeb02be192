// The faces (wizard, doctor, classify, report, entry) never print a raw outside string: they
// read outside text only from check results, which the gate built. A face that reaches into a
// runner result (a body, a header, CLI output, a network error) fails here.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';

const SOURCE = fileURLToPath(new URL('../../source/', import.meta.url));
const FACES = ['ui', 'doctor', 'commands', 'report', 'cli'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const RAW_OUTSIDE = [
  /\b(?:HttpResult|HttpResponse|ProcessResult|NetworkFailure)\b/,
  /\bresponse\.(?:body|headers)\b/,
  /\bfailure\.message\b/,
  /\b(?:run|result|child|exec)\.(?:stdout|stderr)\b/,
];

test('no face reads a runner result: outside text reaches it only through the gate', () => {
  const offences: string[] = [];
  for (const face of FACES)
    for (const file of files(join(SOURCE, face))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of RAW_OUTSIDE)
        if (pattern.test(text)) offences.push(`${relative(SOURCE, file)}: ${pattern}`);
    }
  expect(offences).toEqual([]);
});
