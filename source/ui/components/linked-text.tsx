import {Text} from 'ink';
import {hyperlink, splitUrls} from '../hyperlinks.js';
import {useHyperlinks} from '../theme-context.js';

/** A line whose URLs are clickable where the terminal supports it. */
export function LinkedText({children, color}: {children: string; color?: string}) {
  const enabled = useHyperlinks();
  return (
    <Text color={color}>
      {splitUrls(children)
        .map((part) => (part.url ? hyperlink(part.text, enabled) : part.text))
        .join('')}
    </Text>
  );
}
