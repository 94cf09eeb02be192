// ink-select-input with the theme's colours: its default item paints blue even under NO_COLOR.
import {Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useRoleColour} from '../theme-context.js';

export interface SelectItem<V> {
  key: string;
  label: string;
  value: V;
}

function Indicator({isSelected = false}: {isSelected?: boolean}) {
  const accent = useRoleColour('accent');
  return <Text color={accent}>{isSelected ? '❯ ' : '  '}</Text>;
}

function Item({isSelected = false, label}: {isSelected?: boolean; label: string}) {
  const accent = useRoleColour('accent');
  return <Text color={isSelected ? accent : undefined}>{label}</Text>;
}

export function ThemedSelect<V>({
  items,
  onSelect,
}: {
  items: SelectItem<V>[];
  onSelect: (item: SelectItem<V>) => void;
}) {
  // Numbered labels make the 1–9 shortcut visible.
  const numbered = items.map((item, index) => ({
    ...item,
    label: index < 9 ? `${index + 1}. ${item.label}` : item.label,
  }));
  return (
    <SelectInput
      items={numbered}
      indicatorComponent={Indicator}
      itemComponent={Item}
      onSelect={(item) => {
        const original = items.find((candidate) => candidate.key === item.key);
        if (original) onSelect(original);
      }}
    />
  );
}
