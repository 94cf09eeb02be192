// What the entry writes before Ink loads must be erased whole by Ink's first frame, whatever the
// terminal's size: a row left behind would sit above the wizard for the whole session.
import {expect, test} from 'vitest';
import {openWizardScreen} from '../../source/cli/wizard-screen.js';
import {screenAfter} from '../helpers/terminal-session.js';

function fakeTerminal(size: {columns: number; rows: number}) {
  const written: string[] = [];
  const stdout = {...size, write: (text: string) => written.push(text) > 0};
  return {terminal: {stdin: {setRawMode: () => undefined, isTTY: true}, stdout}, written};
}

test.each([
  {columns: 12, rows: 10},
  {columns: 19, rows: 30},
  {columns: 100, rows: 3},
])('on $columns × $rows, Ink’s first frame erases all that was drawn before it', async (size) => {
  const {terminal, written} = fakeTerminal(size);
  const screen = await openWizardScreen({share: false, noColor: true, fresh: true}, {}, terminal);
  screen.handOver();
  terminal.stdout.write('ink\n');
  const rows = await screenAfter(written.join('').replaceAll('\n', '\r\n'), size);
  expect(rows.filter((row) => row.trim() !== '')).toEqual(['ink']);
});
