// `--version` forms of real Cursor CLI builds (reference cursor-cli.md U1), and what an unseen
// form or another program gives.
import {expect, test} from 'vitest';
import {parseCliVersion} from '../../source/core/cursor/cli-version.js';

// Builds of mid to late June 2026 (https://github.com/agentclientprotocol/registry/pull/369,
// /pull/372, /pull/404), then the later return to the short form
// (https://github.com/agentclientprotocol/registry/blob/main/cursor/agent.json, ~2026-10-01).
const REAL = [
  '2026.06.12-01-15-52-7244546',
  '2026.06.12-19-59-36-f6aba9a',
  '2026.06.19-20-24-33-653a7fb',
  '2026.06.24-00-45-58-9f61de7',
  '2026.06.26-7079533',
  '2026.07.20-8cc9c0b',
  '2026.08.31-4057e58',
  '2026.09.18-9a7762b',
  '2026.10.01-e373342',
  // The 2025 build of section 3.1 and the Homebrew cask of https://github.com/caiopizzol/pickled/issues/14.
  '2025.11.25-d5b3271',
  '2026.05.24-dda726e',
];

test.each(REAL)('%s is a known Cursor CLI version', (version) => {
  expect(parseCliVersion(`${version}\n`)).toEqual({kind: 'known', version});
});

test('the version is found after an update notice, with ANSI already stripped', () => {
  const output =
    'Update available: 2026.10.01-e373342. Run `agent update`.\n2026.06.24-00-45-58-9f61de7\n';
  expect(parseCliVersion(output)).toMatchObject({kind: 'known'});
});

test.each([
  ['2027.01.15+build.a1b2c3d4'],
  ['2027.01.15'],
  ['v2027.1.5-rc1'],
  ['2027-01-15-a1b2c3d'],
])('a date-shaped version in an unseen form (%s) is unrecognised, not rejected', (output) => {
  expect(parseCliVersion(output)).toMatchObject({kind: 'unrecognised'});
});

test.each([['agent 1.4.2 (an unrelated tool)'], [''], ['Usage: agent [options]']])(
  '%j has no Cursor version',
  (output) => {
    expect(parseCliVersion(output)).toBeNull();
  },
);
