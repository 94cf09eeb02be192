// Where provider names may appear: only in the registry (source/core/providers/registry/), the
// place for everything provider-shaped, and in code of its own provider (a diagnoser, its
// requests) that a spec imports and no other spec does. A file elsewhere that names a provider
// fails this test: derive what it needs from the registry instead.
import {readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {filesUnder} from '../helpers/source-files.js';
import {credentialVariables, PROVIDER_SPECS} from '../../source/core/providers/registry/index.js';
import type {ProviderSpec} from '../../source/core/providers/registry/spec.js';

const source = fileURLToPath(new URL('../../source', import.meta.url));

// Cursor's own words are everywhere by design: the tool is about Cursor.
const byok = (PROVIDER_SPECS as readonly ProviderSpec[]).filter((spec) => spec.id !== 'cursor');
const ids = byok.map((spec) => spec.id);

function hostOf(url: string | null | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).hostname];
  } catch {
    return [];
  }
}

/** A provider's own variables and hosts: its base URL's, its deployment's, its pages'. */
const ownWords = byok.flatMap((spec) => [
  ...(spec.baseUrl ? [spec.baseUrl.variable, ...hostOf(spec.baseUrl.default)] : []),
  ...(spec.models.deployments ? [spec.models.deployments.variable] : []),
  ...hostOf(spec.keyPage),
  ...hostOf(spec.billingPage),
]);
const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAMES_A_PROVIDER = new RegExp(
  [
    // A quoted id: 'openai', "bedrock", `google`.
    `['"\`](?:${ids.join('|')})['"\`]`,
    // An id as a table key: `  openai: ...`.
    `^\\s*(?:${ids.join('|')})\\??:`,
    // A provider's credential variable.
    `\\b(?:${credentialVariables()
      .filter((name) => !name.startsWith('CURSOR_'))
      .join('|')})\\b`,
    // A provider's own base-URL variable, API host or console host.
    `\\b(?:${ownWords.map(literal).join('|')})\\b`,
  ].join('|'),
  'm',
);

/** The text without its comment lines: an example in a comment is no table or branch. */
function codeOf(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
    .join('\n');
}

const registry = join(source, 'core/providers/registry');

/** The source files each spec imports, outside the registry: its provider's own code. */
const ownCode = new Map<string, string[]>(
  PROVIDER_SPECS.map((spec) => {
    const file = join(registry, `${spec.id}.ts`);
    const imported = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)]
      .map((match) => relative(source, resolve(registry, match[1]!)).replace(/\.js$/, '.ts'))
      .filter((path) => !path.startsWith('core/providers/registry/'));
    return [spec.id, imported];
  }),
);
const ownCodeFiles = [...ownCode.values()].flat();

const naming = filesUnder(source)
  .map((file) => relative(source, file))
  .filter((file) => !file.startsWith('core/providers/registry/'))
  .filter((file) => !ownCodeFiles.includes(file))
  .filter((file) => NAMES_A_PROVIDER.test(codeOf(readFileSync(join(source, file), 'utf8'))));

test('only the registry and the code of its own providers name a provider', () => {
  expect(naming).toEqual([]);
});

test('code a spec imports belongs to that provider alone', () => {
  const shared = ownCodeFiles.filter((file, at) => ownCodeFiles.indexOf(file) !== at);
  expect(shared).toEqual([]);
  for (const [id, files] of ownCode) {
    for (const file of files) expect(dirname(file), `${id}: ${file}`).toMatch(/^core\/providers/);
  }
});

test('the detector sees each way a file can name a provider', () => {
  expect(NAMES_A_PROVIDER.test("const x = 'openrouter';")).toBe(true);
  expect(NAMES_A_PROVIDER.test('const table = {\n  bedrock: 1,\n};')).toBe(true);
  expect(NAMES_A_PROVIDER.test('reads OPENAI_API_KEY')).toBe(true);
  expect(NAMES_A_PROVIDER.test('check ANTHROPIC_BASE_URL')).toBe(true);
  expect(NAMES_A_PROVIDER.test("'add credits at openrouter.ai/settings/credits'")).toBe(true);
  expect(NAMES_A_PROVIDER.test('const host = "api.openai.com";')).toBe(true);
  expect(NAMES_A_PROVIDER.test('// the provider answered')).toBe(false);
  expect(NAMES_A_PROVIDER.test(codeOf("// as in 'openai' or api.openai.com"))).toBe(false);
});
