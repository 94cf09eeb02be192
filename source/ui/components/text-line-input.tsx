// A one-line visible text field, for answers that are not secret (a model name).
import {Text} from 'ink';
import {useState} from 'react';
import {useKeys} from '../keyboard.js';
import {useRoleColour} from '../theme-context.js';

const MAX_CHARS = 200;

export function TextLineInput({
  prompt,
  onSubmit,
  onCancel,
}: {
  prompt: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState('');
  const muted = useRoleColour('muted');
  useKeys((input, key) => {
    if (key.ctrl && input === 'c') return;
    if (key.escape) return onCancel();
    if (key.return) return onSubmit(value.trim());
    if (key.backspace || key.delete) return setValue((current) => current.slice(0, -1));
    if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab || key.ctrl)
      return;
    setValue((current) => (current + input.replace(/[\r\n\t]/g, '')).slice(0, MAX_CHARS));
  });
  return (
    <>
      <Text>{prompt}</Text>
      <Text>{`  > ${value}`}</Text>
      <Text color={muted}>{'  Enter: use it (empty: skip) · Esc: back'}</Text>
    </>
  );
}
