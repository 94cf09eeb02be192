// What a person pairing over screen share can copy or open from the current step: its fix
// command, the key-free curl line that repeats its request, the report, and its link. Nothing
// key-shaped is ever offered: curl lines name the key's variable, never the key.
import {findKeyShapes} from './secrets.js';
import type {CheckResult} from './step-model.js';
import type {StepRecord} from './wizard-state.js';

export interface Copyable {
  label: string;
  text: string;
}

const URL_PATTERN = /https?:\/\/[^\s"'<>`]+/;

function safe(text: string): boolean {
  return text.trim() !== '' && findKeyShapes(text).length === 0;
}

/** The curl line that repeats a request, as the evidence gives it ("reproduce: curl …"). */
function curlOf(result: CheckResult | null): string | null {
  for (const line of result?.evidence ?? []) {
    const at = line.indexOf('curl ');
    if (line.trim().startsWith('reproduce:') && at >= 0) return line.slice(at).trim();
  }
  return null;
}

export function copyables(record: StepRecord, report: string | null): Copyable[] {
  const result = record.result;
  const found: Copyable[] = [];
  if (result?.fix?.command) found.push({label: 'the fix command', text: result.fix.command});
  const curl = curlOf(result);
  if (curl) found.push({label: 'the curl equivalent (key as $VARIABLE)', text: curl});
  const link = linkOf(record);
  if (link) found.push({label: 'the link', text: link});
  if (report) found.push({label: 'the safe-to-share report', text: report});
  return found.filter((item) => safe(item.text));
}

/** The page the step points at: its fix's URL, else a link it printed (the login link). */
export function linkOf(record: StepRecord): string | null {
  const fromFix = record.result?.fix?.url;
  if (fromFix && URL_PATTERN.test(fromFix)) return URL_PATTERN.exec(fromFix)![0];
  for (const line of [...record.progress].reverse()) {
    const match = URL_PATTERN.exec(line);
    if (match) return match[0];
  }
  return null;
}

/** OSC 52: the terminal puts the text on the clipboard, over SSH and tmux too. */
export function osc52(text: string): string {
  return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}
