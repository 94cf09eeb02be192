import {Text} from 'ink';
import {splitUrls} from '../hyperlinks.js';

/** What stands in a redrawn line for a URL, which is printed whole in the scroll-back above. */
export const LINK_ABOVE = '(link printed whole above ↑)';

/**
 * A line that may hold URLs. The redrawn frame would cut a long URL at the terminal width, so
 * it points to the copy written whole, on a line of its own, in the scroll-back.
 */
export function LinkedText({children, color}: {children: string; color?: string}) {
  return (
    <Text color={color}>
      {splitUrls(children)
        .map((part) => (part.url ? LINK_ABOVE : part.text))
        .join('')}
    </Text>
  );
}
