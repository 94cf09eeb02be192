import {useRef} from 'react';
import type {HistoryEntry} from '../../core/wizard-machine.js';
import {splitUrls} from '../hyperlinks.js';

/** One line written once to scroll-back: a finished step, or a link printed whole. */
export type ScrollbackItem =
  {kind: 'step'; key: string; entry: HistoryEntry} | {kind: 'link'; key: string; url: string};

/** The URLs inside some lines, in order of appearance. */
export function urlsIn(lines: readonly string[]): string[] {
  return lines.flatMap((line) => splitUrls(line).filter((part) => part.url)).map((p) => p.text);
}

/**
 * The append-only scroll-back. A URL goes there, on a line of its own, rather than into the
 * redrawn frame: Ink would break a long URL into pieces at the terminal width, and a terminal
 * soft-wraps a line it is given whole, so the link stays one line to click or triple-click.
 */
export function useScrollback(entries: readonly HistoryEntry[], urls: readonly string[]) {
  const log = useRef<ScrollbackItem[]>([]);
  const seen = useRef(new Set<string>());
  const add = (item: ScrollbackItem) => {
    if (seen.current.has(item.key)) return;
    seen.current.add(item.key);
    log.current.push(item);
  };
  for (const entry of entries) add({kind: 'step', key: `step:${entry.key}`, entry});
  for (const url of urls) add({kind: 'link', key: `link:${url}`, url});
  return [...log.current];
}
