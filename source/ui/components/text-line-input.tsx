// A one-line text field for an answer that is not a key (a model name). A key pasted here by
// mistake (the clipboard still holds it from step 5) must not show: the field is masked from the
// first character, and a key-shaped value is refused with one line instead of being used.
import {Text} from 'ink';
import {useState} from 'react';
import {startsWithKeyPrefix} from '../../core/providers/key-format.js';
import {findKeyShapes} from '../../core/secrets.js';
import {useKeys} from '../keyboard.js';
import {useRoleColour} from '../theme-context.js';

const MAX_CHARS = 200;

/** A value starting with a public key prefix (or a JWT's) is a key, whatever follows. */
export function looksLikeKey(value: string): boolean {
  return startsWithKeyPrefix(value) || value.startsWith('eyJ') || findKeyShapes(value).length > 0;
}

export function TextLineInput({
  prompt,
  onSubmit,
  onCancel,
  isHeldKey = () => false,
}: {
  prompt: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
  /** A key of this session has no recognisable shape when it has no prefix (Azure's). */
  isHeldKey?: (value: string) => boolean;
}) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const muted = useRoleColour('muted');
  const warning = useRoleColour('warning');
  useKeys((input, key) => {
    if (key.ctrl && input === 'c') return;
    if (key.escape) return onCancel();
    if (key.return) {
      if (looksLikeKey(value.trim()) || isHeldKey(value.trim())) {
        setValue('');
        return setProblem('That looks like a key, not a model name: cleared. Type the model name.');
      }
      return onSubmit(value.trim());
    }
    setProblem(null);
    if (key.ctrl && input === 'u') return setValue('');
    if (key.backspace || key.delete) return setValue((current) => current.slice(0, -1));
    if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab || key.ctrl)
      return;
    setValue((current) => (current + input.replace(/[\r\n\t]/g, '')).slice(0, MAX_CHARS));
  });
  return (
    <>
      <Text>{prompt}</Text>
      <Text>{`  > ${'•'.repeat(value.length)}${value.length > 0 ? ` ${value.length} characters` : ''}`}</Text>
      {problem ? <Text color={warning}>{`  ${problem}`}</Text> : null}
      <Text color={muted}>{'  Enter: use it (empty: skip) · Ctrl+U: clear · Esc: back'}</Text>
    </>
  );
}
