// Is the Cursor editor running? Seen through the process list, so a restart can be confirmed
// rather than assumed. The CLI (`agent`, `cursor-agent`) is not the editor and never counts.
import type {CheckContext} from '../step-model.js';

export interface EditorObservation {
  /** null when the process list could not be read. */
  running: boolean | null;
  evidence: string;
}

/** True for the editor's main or helper processes, as `ps` or `tasklist` names them. */
export function isEditorProcessName(raw: string): boolean {
  const name = (raw.trim().replace(/^"|"$/g, '').split(/[\\/]/).pop() ?? '').trim();
  if (/^(cursor-agent|agent)(\.exe|\.cmd)?$/i.test(name)) return false;
  return /^cursor(\.exe)?$/i.test(name) || /^cursor helper\b/i.test(name);
}

function names(stdout: string, windows: boolean): string[] {
  const lines = stdout.split(/\r?\n/).filter((line) => line.trim());
  // tasklist /FO CSV /NH: "Cursor.exe","1234","Console","1","250,000 K"
  return windows ? lines.map((line) => line.split('","')[0] ?? '') : lines;
}

export async function observeEditor(
  context: Pick<CheckContext, 'runner' | 'platform' | 'signal' | 'timeoutMs'>,
): Promise<EditorObservation> {
  const windows = context.platform === 'win32';
  const attempts: [string, string[]][] = windows
    ? [['tasklist', ['/FO', 'CSV', '/NH']]]
    : [
        ['ps', ['-A', '-o', 'comm=']],
        ['ps', ['-axo', 'comm=']],
      ];
  for (const [command, args] of attempts) {
    const run = await context.runner.run({
      command,
      args,
      timeoutMs: context.timeoutMs,
      signal: context.signal,
    });
    if (run.exitCode !== 0 || run.startError || run.timedOut || run.cancelled) continue;
    const found = names(run.stdout, windows).filter(isEditorProcessName);
    return {
      running: found.length > 0,
      evidence:
        found.length > 0
          ? `${command} ${args.join(' ')}: Cursor is running (${found.length} process${found.length === 1 ? '' : 'es'})`
          : `${command} ${args.join(' ')}: no Cursor editor process`,
    };
  }
  return {running: null, evidence: 'The process list could not be read; a restart cannot be seen'};
}

// `ps -o lstart` prints a fixed-format local time, e.g. `Wed Dec  2 10:18:28 2026`.
const LSTART_LINE =
  /^\s*([A-Z][a-z]{2}\s+[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s+\d{4})\s+(.+)$/;

/**
 * When the editor started: the start of its oldest process (the main one), in epoch ms, to the
 * second; null when it is not running or the process list gives no start times (Windows).
 */
export async function editorStartTime(
  context: Pick<CheckContext, 'runner' | 'platform' | 'signal' | 'timeoutMs'>,
): Promise<number | null> {
  if (context.platform === 'win32') return null;
  const run = await context.runner.run({
    command: 'ps',
    args: ['-A', '-o', 'lstart=,comm='],
    timeoutMs: context.timeoutMs,
    signal: context.signal,
  });
  if (run.exitCode !== 0 || run.startError || run.timedOut || run.cancelled) return null;
  let oldest: number | null = null;
  for (const line of run.stdout.split(/\r?\n/)) {
    const match = LSTART_LINE.exec(line);
    if (!match || !isEditorProcessName(match[2]!)) continue;
    const started = Date.parse(match[1]!.replace(/\s+/g, ' '));
    if (Number.isFinite(started) && (oldest === null || started < oldest)) oldest = started;
  }
  return oldest;
}

/** How to quit Cursor completely, not just close its window. */
export function quitInstructions(platform: string): string {
  if (platform === 'darwin') {
    return 'macOS: press Cmd+Q in Cursor (or Cursor > Quit Cursor); closing the window leaves it running. Then open Cursor again.';
  }
  if (platform === 'win32') {
    return 'Windows: File > Exit, then check the tray and Task Manager for Cursor.exe and end it. Then open Cursor again.';
  }
  return 'Linux: File > Exit (or `pkill -x cursor` if it stays), then open Cursor again.';
}
