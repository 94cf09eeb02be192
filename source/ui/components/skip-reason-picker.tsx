import {Box, Text} from 'ink';
import {Menu} from './menu.js';

/** A skip always carries a reason; the step offers the ones that make sense for it. */
export function SkipReasonPicker({
  reasons,
  onPick,
}: {
  reasons: readonly string[];
  /** Called with the reason, or null when the person decides not to skip. */
  onPick: (reason: string | null) => void;
}) {
  const items = reasons.map((reason) => ({key: reason, label: reason, value: reason}));
  return (
    <Box flexDirection="column">
      <Text>Why skip this step?</Text>
      <Menu
        items={[...items, {key: '__back', label: 'Do not skip', value: ''}]}
        onSelect={(item) => onPick(item.value || null)}
      />
    </Box>
  );
}
