// `c` and `o`: copy what the other person needs, or open the step's link, in one key.
import {Box, Text} from 'ink';
import type {Copyable} from '../../core/wizard-share.js';
import {useTheme} from '../theme-context.js';
import {Menu} from './menu.js';

export function CopyPanel({
  items,
  onCopy,
  onBack,
}: {
  items: readonly Copyable[];
  onCopy: (item: Copyable) => void;
  onBack: () => void;
}) {
  const {emphasis} = useTheme();
  return (
    <Box flexDirection="column">
      <Text bold={emphasis}>Copy to the clipboard (OSC 52, works over SSH and tmux):</Text>
      {items.length === 0 ? <Text>Nothing on this step to copy.</Text> : null}
      <Menu
        items={[
          ...items.map((item, index) => ({key: `copy:${index}`, label: item.label, value: item})),
          {key: 'back', label: 'Back', value: null},
        ]}
        onSelect={(item) => (item.value ? onCopy(item.value) : onBack())}
      />
    </Box>
  );
}

export function OpenPanel({
  url,
  onOpen,
  onBack,
}: {
  url: string;
  onOpen: () => void;
  onBack: () => void;
}) {
  return (
    <Box flexDirection="column">
      <Text>Open this page in the browser on this machine?</Text>
      <Text>{url}</Text>
      <Menu
        items={[
          {key: 'open', label: 'Open it', value: 'open'},
          {key: 'back', label: 'Back', value: 'back'},
        ]}
        onSelect={(item) => (item.value === 'open' ? onOpen() : onBack())}
      />
    </Box>
  );
}
