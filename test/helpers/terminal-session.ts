// Runs the built binary in a real pseudo-terminal through util-linux `script`, so Ink sees a
// TTY exactly as it does for a person. Output is collected; keys are written to the pty.
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {stripVTControlCharacters} from 'node:util';

export const CLI_PATH = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** The Node that runs the built command: CI's smoke runs point this at Node 22 and 24. */
export const CLI_NODE = process.env.CURSORKEY_E2E_NODE || process.execPath;

const WAIT_LIMIT_MS = 15_000;
export const BEGIN_SYNC = '\u001B[?2026h';
export const END_SYNC = '\u001B[?2026l';

// A headless xterm replays the output, so a test sees exactly what a person's screen shows.
const {Terminal} = createRequire(import.meta.url)(
  '@xterm/headless',
) as typeof import('@xterm/headless');

export interface TerminalSession {
  /** Everything written to the terminal so far, raw. */
  raw(): string;
  /** The same, with escape sequences removed. */
  text(): string;
  /** Waits for `text` in the output written after `since` (a length from `mark()`). */
  waitFor(text: string | RegExp, since?: number): Promise<void>;
  /** The rows a person sees right now, as plain text. */
  screen(): Promise<string[]>;
  /**
   * Every line written so far, scroll-back included, with the rows the terminal soft-wrapped
   * joined back: what a triple-click selects.
   */
  logicalLines(): Promise<string[]>;
  /** The current length of the text output, to wait for what comes after it. */
  mark(): number;
  /** Sends keys and waits for `text` to appear in what is drawn after them. */
  press(keys: string, text: string | RegExp): Promise<void>;
  send(keys: string): void;
  /** Resolves with the program's exit code. */
  exit: Promise<number | null>;
  kill(): void;
}

/** The rows a fresh terminal of this size shows after `output` is written to it. */
export function screenAfter(output: string, size = {columns: 100, rows: 40}): Promise<string[]> {
  const terminal = new Terminal({cols: size.columns, rows: size.rows, allowProposedApi: true});
  return new Promise((resolve) =>
    terminal.write(output, () => {
      const buffer = terminal.buffer.active;
      const rows: string[] = [];
      for (let row = 0; row < terminal.rows; row++) {
        rows.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
      }
      terminal.dispose();
      resolve(rows);
    }),
  );
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

export function startTerminal(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  size = {columns: 100, rows: 40},
  /** Where the program runs: the wizard writes its report there. */
  cwd?: string,
): TerminalSession {
  const command = [
    `stty cols ${size.columns} rows ${size.rows}`,
    [CLI_NODE, CLI_PATH, ...args].map(shellQuote).join(' '),
  ].join('; ');
  const child: ChildProcessWithoutNullStreams = spawn('script', ['-qfec', command, '/dev/null'], {
    env: {TERM: 'xterm-256color', ...env},
    cwd,
  });
  let output = '';
  const listeners = new Set<() => void>();
  const terminal = new Terminal({cols: size.columns, rows: size.rows, allowProposedApi: true});
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    terminal.write(chunk);
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

  const text = () => stripVTControlCharacters(output);
  return {
    raw: () => output,
    text,
    send: (keys) => child.stdin.write(keys),
    exit,
    kill: () => child.kill('SIGKILL'),
    mark: () => text().length,
    logicalLines: () =>
      new Promise((resolve) =>
        terminal.write('', () => {
          const buffer = terminal.buffer.active;
          const lines: string[] = [];
          for (let row = 0; row < buffer.length; row++) {
            const line = buffer.getLine(row);
            if (!line) continue;
            const cells = line.translateToString(true);
            if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += cells;
            else lines.push(cells);
          }
          resolve(lines);
        }),
      ),
    screen: () =>
      new Promise((resolve) => {
        // Ink draws each frame inside a synchronized-output block; a screen read in the middle
        // of one would show a half-erased frame, so wait for the block to close.
        const inFrame = () => output.lastIndexOf(BEGIN_SYNC) > output.lastIndexOf(END_SYNC);
        const read = () =>
          terminal.write('', () => {
            const buffer = terminal.buffer.active;
            const rows: string[] = [];
            for (let row = 0; row < terminal.rows; row++) {
              rows.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
            }
            resolve(rows);
          });
        if (!inFrame()) return read();
        const settle = () => {
          if (inFrame()) return;
          listeners.delete(settle);
          read();
        };
        listeners.add(settle);
      }),
    press(keys, expected) {
      const since = text().length;
      child.stdin.write(keys);
      return this.waitFor(expected, since);
    },
    waitFor(expected, since = 0) {
      const found = () => {
        const fresh = text().slice(since);
        return typeof expected === 'string' ? fresh.includes(expected) : expected.test(fresh);
      };
      if (found()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(
            new Error(
              `Timed out waiting for ${String(expected)}. Output so far:\n${text().slice(-2000)}`,
            ),
          );
        }, WAIT_LIMIT_MS);
        const check = () => {
          if (!found()) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        };
        listeners.add(check);
        void exit.then(() => {
          if (!found()) {
            clearTimeout(timer);
            listeners.delete(check);
            reject(
              new Error(
                `Exited before ${String(expected)} appeared. Output:\n${text().slice(-2000)}`,
              ),
            );
          }
        });
      });
    },
  };
}
