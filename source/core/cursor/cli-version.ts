// Reads the Cursor CLI's `--version` output. Two real forms are known: `2026.10.01-e373342` and,
// for builds of mid to late June 2026, `2026.06.24-00-45-58-9f61de7` (a timestamp before the
// commit hash). A date-shaped version in any other form is most likely a newer build that
// changed its format again: it is accepted with a warning, never called "not the Cursor CLI".

export type CliVersion = {kind: 'known'; version: string} | {kind: 'unrecognised'; version: string};

const KNOWN = /^\d{4}\.\d{2}\.\d{2}-(?:\d{2}-\d{2}-\d{2}-)?[0-9a-f]{6,}$/;
// A token that starts with a calendar date (year 2024 or later); an unrelated `agent` prints
// something like `agent 1.4.2`, which has no such token.
const DATE_SHAPED = /^20[2-9]\d[.-]\d{1,2}[.-]\d{1,2}(?:[-.+_][0-9A-Za-z][0-9A-Za-z.+_-]*)?$/;

function tokens(output: string): string[] {
  return output
    .split(/\s+/)
    .map((token) => token.replace(/^v(?=\d)/, '').replace(/[,;:)]+$/, ''))
    .filter(Boolean);
}

/** The version in `--version` output, or null when nothing in it looks like a Cursor build. */
export function parseCliVersion(output: string): CliVersion | null {
  const words = tokens(output);
  const known = words.find((word) => KNOWN.test(word));
  if (known) return {kind: 'known', version: known};
  const dated = words.find((word) => DATE_SHAPED.test(word));
  return dated ? {kind: 'unrecognised', version: dated} : null;
}

/** Step 2's note for a build whose version this tool has not seen in that form. */
export function unrecognisedVersionNote(version: string): string {
  return `\`--version\` printed ${version}, a form this tool has not seen (known: YYYY.MM.DD-<hash> and YYYY.MM.DD-HH-MM-SS-<hash>)`;
}
