// Writes a report only after the pre-share scan finds nothing key-shaped. The file is written in
// place, never staged through a temporary file, so a refused report leaves nothing on disk. It
// never follows a symbolic link and writes only into a regular file; a new one is private (0600).
import {constants} from 'node:fs';
import {lstat, open} from 'node:fs/promises';
import {type ReportInput, buildReport} from './build-report.js';
import {describeFindings, type KeyFinding, scanReportForKeys} from './scan.js';

export interface PreparedReport {
  /** Exactly what would be written: show this as the preview. */
  text: string;
  findings: KeyFinding[];
  /** False when something key-shaped is in the text; writing it will be refused. */
  safe: boolean;
}

/** Builds and scans the report; the wizard shows `text` as the preview, then calls writeReport. */
export function prepareReport(input: ReportInput): PreparedReport {
  const text = buildReport(input);
  const findings = scanReportForKeys(text);
  return {text, findings, safe: findings.length === 0};
}

/** `refused`: the path is a symbolic link or not a regular file; a usage error, nothing written. */
export type WriteOutcome =
  {ok: true; path: string} | {ok: false; message: string; refused?: boolean};

/** Why a report may not be written at `path`, or null when it may (or does not exist yet). */
export async function reportTargetProblem(path: string): Promise<string | null> {
  try {
    const found = await lstat(path);
    if (found.isSymbolicLink()) return `${path} is a symbolic link; name a regular file`;
    if (!found.isFile()) return `${path} is not a regular file`;
  } catch {
    // Does not exist yet: it will be created.
  }
  return null;
}

// O_NOFOLLOW refuses a link swapped in after the check; O_NONBLOCK keeps a FIFO from blocking.
const OPEN_FLAGS =
  constants.O_WRONLY |
  constants.O_CREAT |
  (constants.O_NOFOLLOW ?? 0) |
  (constants.O_NONBLOCK ?? 0);

const refusal = (problem: string): WriteOutcome => ({
  ok: false,
  message: `refused to write the report: ${problem}. Nothing was written.`,
  refused: true,
});

async function writePrivately(path: string, text: string): Promise<WriteOutcome> {
  const problem = await reportTargetProblem(path);
  if (problem) return refusal(problem);
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS, 0o600);
  } catch (error) {
    const reason = (error as {code?: string}).code ?? 'open failed';
    if (reason === 'ELOOP' || reason === 'ENXIO') return refusal(`${path} is not a regular file`);
    return {ok: false, message: `could not write the report to ${path} (${reason}).`};
  }
  try {
    // Checked on the open file itself, before a byte is written or the old text is cut.
    if (!(await handle.stat()).isFile()) return refusal(`${path} is not a regular file`);
    await handle.truncate(0);
    await handle.writeFile(text, 'utf8');
    return {ok: true, path};
  } catch (error) {
    const reason = (error as {code?: string}).code ?? 'write failed';
    return {ok: false, message: `could not write the report to ${path} (${reason}).`};
  } finally {
    await handle.close();
  }
}

export async function writeReport(path: string, text: string): Promise<WriteOutcome> {
  // Scanned again here: whatever the caller did, nothing key-shaped reaches the disk.
  const findings = scanReportForKeys(text);
  if (findings.length > 0) {
    return {
      ok: false,
      message: `refused to write the report to ${path}: it holds ${describeFindings(findings)}. Nothing was written.`,
    };
  }
  return writePrivately(path, text);
}
