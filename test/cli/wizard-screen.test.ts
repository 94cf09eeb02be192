// What the entry writes before Ink loads must be erased whole by Ink's first frame, whatever the
// terminal's size: a row left behind would sit above the wizard for the whole session.
import {EventEmitter} from 'node:events';
import {expect, test, vi} from 'vitest';
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

test('a hangup while Ink loads gives the terminal back, then ends the run as the signal would', async () => {
  // Node restores the terminal by itself on SIGINT and SIGTERM only.
  const raw: boolean[] = [];
  const host = Object.assign(new EventEmitter(), {pid: 4242, kill: vi.fn()});
  const terminal = {
    stdin: {setRawMode: (on: boolean) => raw.push(on), isTTY: true},
    stdout: {columns: 100, rows: 40, write: () => true},
  };
  const options = {share: false, noColor: true, fresh: true};
  await openWizardScreen(options, {}, terminal, host);
  host.emit('SIGHUP');
  expect(raw).toEqual([true, false]);
  expect(host.kill).toHaveBeenCalledWith(4242, 'SIGHUP');

  // Once the wizard listens for the end signals, a hangup is its own to handle.
  raw.length = 0;
  const handled = Object.assign(new EventEmitter(), {pid: 4243, kill: vi.fn()});
  (await openWizardScreen(options, {}, terminal, handled)).handOver();
  const wizard = vi.fn();
  handled.on('SIGHUP', wizard);
  handled.emit('SIGHUP');
  expect(wizard).toHaveBeenCalled();
  expect(raw).toEqual([true]);
  expect(handled.kill).not.toHaveBeenCalled();
});
