// Whether the terminal turns OSC 8 sequences into clickable links. When unsure, say no: the
// URL is printed in full either way, and most terminals make a bare URL clickable themselves.
export function supportsHyperlinks(env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0';
  if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.DOMTERM) return true;
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty'].includes(env.TERM_PROGRAM ?? '')) return true;
  return Number(env.VTE_VERSION ?? 0) >= 5000;
}

export function hyperlink(url: string, enabled: boolean): string {
  return enabled ? `\u001B]8;;${url}\u0007${url}\u001B]8;;\u0007` : url;
}

const URL_PATTERN = /https?:\/\/[^\s'"<>]+/g;

/** Splits a line into text and URL parts so the URLs can be drawn as links. */
export function splitUrls(line: string): {text: string; url: boolean}[] {
  const parts: {text: string; url: boolean}[] = [];
  let cursor = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    if (match.index > cursor) parts.push({text: line.slice(cursor, match.index), url: false});
    parts.push({text: match[0], url: true});
    cursor = match.index + match[0].length;
  }
  if (cursor < line.length) parts.push({text: line.slice(cursor), url: false});
  return parts;
}
