// Markdown that survives a forum post or a GitHub issue: table cells that cannot break the
// table, code fences that cannot be closed early by the text inside them, and outside text that
// renders as itself: no link, image, HTML or emphasis can come from it.

/** Markdown punctuation that could start a link, image, emphasis, code, strike or cell. */
const MARKDOWN_PUNCTUATION = /[\\`*[\]|!~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;

/**
 * Text that renders literally in Markdown and HTML: `<`, `>` and `&` become entities, Markdown
 * punctuation is backslash-escaped, and the characters that make bare URLs and emails into
 * links (`://`, `@`, `www.`) are written as entities, which render the same and link nothing.
 */
export function literal(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(/:\/\//g, '&#58;//')
    .replace(/@/g, '&#64;')
    .replace(/\b(www)\./gi, '$1&#46;');
}

/** A table cell of outside text: one line, rendered literally. */
export function cell(text: string | number | null | undefined): string {
  if (text === null || text === undefined || text === '') return '—';
  return literal(String(text).replace(/\s*\n\s*/g, ' '));
}

/** A table cell already made of safe Markdown (literal text and code spans): one line, no `|`. */
export function markdownCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The longest match of `runs` in `text`; a loop, since outside text may hold any number. */
function longestRun(text: string, runs: RegExp): number {
  let longest = 0;
  for (const run of text.matchAll(runs)) longest = Math.max(longest, run[0].length);
  return longest;
}

export function code(text: string): string {
  const longest = longestRun(text, /`+/g);
  const ticks = '`'.repeat(longest + 1);
  return longest > 0 ? `${ticks} ${text} ${ticks}` : `\`${text}\``;
}

export function fence(lines: readonly string[]): string {
  const body = lines.join('\n');
  const longest = longestRun(body, /`{3,}|~{3,}/g);
  const marker = '`'.repeat(Math.max(3, longest + 1));
  return `${marker}text\n${body}\n${marker}`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
