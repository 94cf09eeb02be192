// A paste field that never draws what was typed: only how many characters arrived.
import {Box, Text} from 'ink';
import {usePasteBuffer} from '../hooks/use-paste-buffer.js';
import {useRoleColour} from '../theme-context.js';

/** Longer than any real key by far; anything bigger is a wrong paste, not a key. */
export const MAX_SECRET_CHARS = 4096;

export function SecretInput({
  prompt,
  emptyMeans,
  onSubmit,
  onCancel,
}: {
  prompt: string;
  /** When set, Enter with nothing pasted submits '' and this explains what that does. */
  emptyMeans?: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}) {
  const {value, problem} = usePasteBuffer({
    maxChars: MAX_SECRET_CHARS,
    what: 'the key',
    allowEmpty: emptyMeans !== undefined,
    onSubmit,
    onCancel,
  });
  const muted = useRoleColour('muted');
  const warning = useRoleColour('warning');
  const count = [...value].length;
  return (
    <Box flexDirection="column">
      <Text>{prompt}</Text>
      <Text>
        {'  '}
        {count === 0 ? (
          <Text color={muted}>(waiting for a paste; nothing you paste is shown)</Text>
        ) : (
          <Text>{`● ${count} character${count === 1 ? '' : 's'} received`}</Text>
        )}
      </Text>
      {problem ? <Text color={warning}>{`  ${problem}`}</Text> : null}
      <Text color={muted}>
        {`  Enter: use it${emptyMeans ? ` (nothing pasted: ${emptyMeans})` : ''} · Ctrl+U: clear · Esc: back`}
      </Text>
    </Box>
  );
}
