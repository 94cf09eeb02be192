// The wizard's first frame as text, the same rows Ink draws for it: drawn by the entry before
// Ink, React and the wizard have loaded, which is most of the time a start takes.
import {STEP_ORDER} from '../core/step-order.js';
import {EMPTY_PASTE_FIELD, introHeading, pasteErrorPrompt} from '../ui/intro-lines.js';

/** Below this width a word of the frame could be cut inside, which this wrapping does not do. */
const NARROWEST = 20;

export interface FrameLook {
  colour: boolean;
  /** Screen share: nothing is drawn dim. */
  share: boolean;
}

/** Select Graphic Rendition, as chalk writes it for Ink's `<Text>`: a colour inside bold. */
const sgr = (on: number, off: number) => (text: string) => `\u001B[${on}m${text}\u001B[${off}m`;
const bold = sgr(1, 22);
const magenta = sgr(35, 39);
const gray = sgr(90, 39);

/**
 * Words wrapped at `columns` the way Ink wraps a `<Text>` (wrap-ansi with `trim: false` and
 * `hard: true`) for plain text whose words all fit in a row: a space stays at the end of the row
 * it follows, or starts the next row when the row is exactly full.
 */
export function wrapWords(text: string, columns: number): string[] {
  const rows = [''];
  text.split(' ').forEach((word, index) => {
    if (index > 0) {
      if (rows.at(-1)!.length >= columns) rows.push('');
      rows[rows.length - 1] += ' ';
    }
    const row = rows.at(-1)!;
    if (row.length + word.length > columns && row.length > 0 && word.length > 0) rows.push('');
    rows[rows.length - 1] += word;
  });
  return rows;
}

/**
 * The rows of the error-first screen on a terminal this size, or null when Ink would draw it
 * differently: so narrow a word would be cut, or so short the frame fills the screen.
 */
export function firstFrameRows(
  look: FrameLook,
  size: {columns: number; rows: number},
): string[] | null {
  if (size.columns < NARROWEST) return null;
  const heading = wrapWords(introHeading(STEP_ORDER.length), size.columns);
  const prompt = wrapWords(pasteErrorPrompt(true), size.columns);
  const field = wrapWords(EMPTY_PASTE_FIELD, size.columns);
  // Ink ends each row where its last character (or colour) does.
  const rows = [
    ...heading.map((row) => (look.colour ? bold(magenta(row)) : row)),
    ...prompt,
    ...field.map((row) => (look.colour && !look.share ? gray(row) : row)),
  ].map((row) => row.trimEnd());
  // Ink draws a frame as tall as the screen without its last newline; that one stays Ink's.
  return rows.length + 1 < size.rows ? rows : null;
}

/**
 * The terminal rows plain text of one line takes up once the terminal has wrapped it at
 * `columns` (a width it does not report counts as wide enough).
 */
export function rowsTaken(line: string, columns: number): number {
  return columns > 0 ? Math.max(1, Math.ceil(line.length / columns)) : 1;
}

/**
 * Erases a frame of `rows` rows written with a newline after it, from the row below it, and
 * leaves the cursor where the frame began: what Ink writes before it redraws its own frame.
 */
export function eraseFrame(rows: number): string {
  return '\u001B[2K\u001B[1A'.repeat(rows) + '\u001B[2K\u001B[G';
}
