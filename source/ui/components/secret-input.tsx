// A paste field that never draws what was typed: only how many characters arrived.
// Pasted newlines, tabs and spaces are kept, because finding them is the point.
import {Box, Text, useInput} from 'ink';
import React, {useState} from 'react';
import {useRoleColour} from '../theme-context.js';

/** Longer than any real key by far; anything bigger is a wrong paste, not a key. */
export const MAX_SECRET_CHARS = 4096;

export function SecretInput({
  prompt,
  onSubmit,
  onCancel,
}: {
  prompt: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const muted = useRoleColour('muted');
  const warning = useRoleColour('warning');

  useInput((input, key) => {
    if (key.ctrl && input === 'c') return;
    if (key.escape) {
      onCancel();
      return;
    }
    // A lone Enter submits; an Enter inside a longer chunk is part of a paste.
    if (key.return && input.length <= 1) {
      if (value.length === 0) {
        setProblem('Nothing pasted yet. Paste the key, then press Enter (Esc to go back).');
        return;
      }
      onSubmit(value);
      return;
    }
    if (key.backspace || key.delete) {
      setValue((current) => [...current].slice(0, -1).join(''));
      return;
    }
    if (key.ctrl && input === 'u') {
      setValue('');
      return;
    }
    if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return;
    const chunk = key.return ? `${input}\r` : input;
    if (value.length + chunk.length > MAX_SECRET_CHARS) {
      setValue('');
      setProblem(
        `That paste was over ${MAX_SECRET_CHARS.toLocaleString('en-US')} characters; a key is far shorter. Copy only the key and paste again.`,
      );
      return;
    }
    setProblem(null);
    setValue((current) => current + chunk);
  });

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
      <Text color={muted}>{'  Enter: use it · Ctrl+U: clear · Esc: back'}</Text>
    </Box>
  );
}
