// Writes a report only after the pre-share scan finds nothing key-shaped. The file is written in
// place, never staged through a temporary file, so a refused report leaves nothing on disk.
import {writeFile} from 'node:fs/promises';
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

export type WriteOutcome = {ok: true; path: string} | {ok: false; message: string};

export async function writeReport(path: string, text: string): Promise<WriteOutcome> {
  // Scanned again here: whatever the caller did, nothing key-shaped reaches the disk.
  const findings = scanReportForKeys(text);
  if (findings.length > 0) {
    return {
      ok: false,
      message: `refused to write the report to ${path}: it holds ${describeFindings(findings)}. Nothing was written.`,
    };
  }
  try {
    await writeFile(path, text, {encoding: 'utf8', mode: 0o644});
    return {ok: true, path};
  } catch (error) {
    const reason =
      error && typeof error === 'object' && 'code' in error ? String(error.code) : 'write failed';
    return {ok: false, message: `could not write the report to ${path} (${reason}).`};
  }
}
