// The wizard's screen from the first moment: no echo, and its first frame (or, where that cannot
// be drawn exactly as Ink will, one line saying it starts), until Ink draws over it.
import {homedir} from 'node:os';
import {hasSavedProgress, progressPath} from '../probes/progress-store.js';
import {wantsColour} from '../ui/theme.js';
import {VERSION} from '../version.js';
import {eraseFrame, firstFrameRows, rowsTaken} from './first-frame.js';

/** Synchronized output: Ink wraps each frame in it, so a terminal shows the frame whole. */
const BEGIN_SYNC = '\u001B[?2026h';

export interface WizardScreen {
  /**
   * Lets Ink take the screen over: its first frame erases what is drawn here in the same write,
   * so the terminal never shows both, nor neither. The returned function disarms this if Ink
   * never drew.
   */
  handOver(): () => void;
}

interface Terminal {
  stdin: {setRawMode(raw: boolean): unknown; isTTY?: boolean};
  stdout: {write(text: string): boolean; columns: number; rows: number};
}

/** The process, as far as the screen needs it before the wizard handles the end signals. */
interface Host {
  pid: number;
  once(event: 'exit' | 'SIGHUP', listener: () => void): unknown;
  listenerCount(event: 'SIGHUP'): number;
  kill(pid: number, signal: 'SIGHUP'): unknown;
}

export async function openWizardScreen(
  options: {share: boolean; noColor: boolean; fresh: boolean},
  env: NodeJS.ProcessEnv = process.env,
  terminal: Terminal = process as unknown as Terminal,
  host: Host = process,
): Promise<WizardScreen> {
  const {stdin, stdout} = terminal;
  // A key pasted while Ink loads must not be drawn by the terminal itself. Ink takes raw mode
  // over, and gives it back on the way out.
  stdin.setRawMode(true);
  host.once('exit', () => stdin.isTTY && stdin.setRawMode(false));
  // Node gives the terminal back by itself on SIGINT and SIGTERM, not on SIGHUP, and `exit` does
  // not run for a signal: until the wizard listens for the end signals, a hangup restores it here
  // and then ends the process as the signal would. This stays armed past the hand-over, since a
  // hangup that came in while the entry was busy loading is delivered only later.
  const onHangup = () => {
    if (host.listenerCount('SIGHUP') > 0) return;
    stdin.setRawMode(false);
    host.kill(host.pid, 'SIGHUP');
  };
  host.once('SIGHUP', onHangup);
  // Saved progress opens on the resume question, which only the wizard can draw; so does a
  // screen reader's plain output.
  const resumes =
    !options.fresh && (await hasSavedProgress(progressPath(env, process.platform, homedir())));
  const frame =
    resumes || env.INK_SCREEN_READER === 'true'
      ? null
      : firstFrameRows(
          {colour: wantsColour(env, options.noColor), share: options.share},
          {columns: stdout.columns, rows: stdout.rows},
        );
  const starting = `cursorkey-wizard ${VERSION} · starting…`;
  // The frame's rows fit the terminal; the line may not, and the terminal wraps it.
  const drawn = frame ?? [starting];
  const height = frame ? frame.length : rowsTaken(starting, stdout.columns);
  stdout.write(`${drawn.join('\n')}\n`);
  return {handOver: () => prefixFirstFrame(stdout, eraseFrame(height))};
}

/** Puts `prefix` before the first frame written to `stream` (the first write with a newline). */
function prefixFirstFrame(stream: {write(text: string): boolean}, prefix: string): () => void {
  const write = stream.write;
  const restore = () => {
    stream.write = write;
  };
  stream.write = function (this: unknown, chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string' && chunk.includes('\n')) {
      restore();
      chunk = chunk.startsWith(BEGIN_SYNC)
        ? BEGIN_SYNC + prefix + chunk.slice(BEGIN_SYNC.length)
        : prefix + chunk;
    }
    return (write as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
  } as typeof stream.write;
  return restore;
}
