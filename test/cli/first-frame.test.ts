// The frame the entry draws before Ink loads must wrap and erase exactly as Ink does, or Ink's
// first frame would land beside it instead of on it. Ink's own helpers are the reference.
import ansiEscapes from 'ansi-escapes';
import wrapAnsi from 'wrap-ansi';
import {expect, test} from 'vitest';
import {eraseFrame, firstFrameRows, wrapWords} from '../../source/cli/first-frame.js';
import {EMPTY_PASTE_FIELD, introHeading, pasteErrorPrompt} from '../../source/ui/intro-lines.js';

const LINES = [
  introHeading(10),
  pasteErrorPrompt(true),
  pasteErrorPrompt(false),
  EMPTY_PASTE_FIELD,
];

test('words wrap at every width from 20 columns as Ink wraps a Text', () => {
  for (let columns = 20; columns <= 200; columns++) {
    for (const line of LINES) {
      expect(wrapWords(line, columns), `${columns}: ${line}`).toEqual(
        wrapAnsi(line, columns, {trim: false, hard: true}).split('\n'),
      );
    }
  }
});

test('the erase is the one Ink writes before redrawing a frame of that many rows', () => {
  for (const rows of [1, 3, 7]) expect(eraseFrame(rows)).toBe(ansiEscapes.eraseLines(rows + 1));
});

test('no frame where Ink would draw it differently: too narrow, or as tall as the screen', () => {
  const look = {colour: true, share: false};
  expect(firstFrameRows(look, {columns: 19, rows: 40})).toBeNull();
  expect(firstFrameRows(look, {columns: 100, rows: 4})).toBeNull();
  expect(firstFrameRows(look, {columns: 100, rows: 5})).toHaveLength(3);
});
