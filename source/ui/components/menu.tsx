// A numbered choice list. Unlike ink-select-input it takes keys through the app's keyboard
// router (see keyboard.tsx), so a key pressed the moment a menu appears or changes is not lost.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {useKeys} from '../keyboard.js';
import {useRoleColour} from '../theme-context.js';

export interface MenuItem<V> {
  key: string;
  label: string;
  value: V;
  /**
   * The key that picks it, shown before the label in place of its position; a menu whose items
   * carry one numbers nothing by position, so a row never shows two numbers.
   */
  hotkey?: {key: string; shown: string};
}

export function Menu<V>({
  items,
  onSelect,
  isActive = true,
  truncate = false,
}: {
  items: readonly MenuItem<V>[];
  onSelect: (item: MenuItem<V>) => void;
  isActive?: boolean;
  /** One row per item, cut at the terminal's edge, so a long list still fits the screen. */
  truncate?: boolean;
}) {
  const accent = useRoleColour('accent');
  // The highlight resets whenever the set of choices changes.
  const signature = items.map((item) => item.key).join('\u0000');
  const [cursor, setCursor] = useState({signature, index: 0});
  const index = cursor.signature === signature ? Math.min(cursor.index, items.length - 1) : 0;
  const byHotkey = items.some((item) => item.hotkey);
  const prefixOf = (item: MenuItem<V>, position: number) => {
    if (byHotkey) return item.hotkey ? `${item.hotkey.shown} ` : '';
    return position < 9 ? `${position + 1}. ` : '';
  };

  useKeys(
    (input, key) => {
      if (items.length === 0) return;
      const move = (delta: number) =>
        setCursor({signature, index: (index + delta + items.length) % items.length});
      if (key.upArrow || input === 'k') return move(-1);
      if (key.downArrow || input === 'j') return move(1);
      if (key.return) {
        const item = items[index];
        if (item) onSelect(item);
        return;
      }
      if (byHotkey) {
        const item = items.find((candidate) => candidate.hotkey?.key === input);
        if (item) onSelect(item);
        return;
      }
      if (/^[1-9]$/.test(input)) {
        const item = items[Number(input) - 1];
        if (item) onSelect(item);
      }
    },
    {isActive},
  );

  return (
    <Box flexDirection="column">
      {items.map((item, position) => (
        <Text
          key={item.key}
          color={position === index ? accent : undefined}
          wrap={truncate ? 'truncate-end' : 'wrap'}
        >
          {`${position === index ? '❯' : ' '} ${prefixOf(item, position)}${item.label}`}
        </Text>
      ))}
    </Box>
  );
}
