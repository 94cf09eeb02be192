import {Static, Text} from 'ink';
import type {ScrollbackItem} from '../hooks/use-scrollback.js';
import {hyperlink} from '../hyperlinks.js';
import {useHyperlinks} from '../theme-context.js';
import {StatusBadge} from './status-badge.js';

/** Steps already moved past, and links whole, written once to scroll-back and never redrawn. */
export function History({items}: {items: ScrollbackItem[]}) {
  const links = useHyperlinks();
  return (
    <Static items={items}>
      {(item) =>
        item.kind === 'link' ? (
          // No wrapping: the terminal soft-wraps it, so it stays one line to click or select.
          <Text key={item.key} wrap="end">
            {hyperlink(item.url, links)}
          </Text>
        ) : (
          <Text key={item.key}>
            <StatusBadge status={item.entry.status} />
            {` ${String(item.entry.n).padStart(2)}. ${item.entry.title}: ${item.entry.summary}`}
          </Text>
        )
      }
    </Static>
  );
}
