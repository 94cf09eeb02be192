// Collects typed or pasted text from raw keyboard input. A lone Enter submits; an Enter that
// arrives inside a longer chunk is part of a paste and is kept, because a pasted newline is
// exactly the kind of damage this tool looks for.
import {useRef, useState} from 'react';
import {useKeys} from '../keyboard.js';

export interface PasteBuffer {
  value: string;
  problem: string | null;
}

export function usePasteBuffer(options: {
  maxChars: number;
  /** What the person is asked to paste, for the "too long" message. */
  what: string;
  allowEmpty: boolean;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}): PasteBuffer {
  const [value, setValueState] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Keys can arrive faster than renders (a paste, then Enter); the ref is always current.
  const current = useRef('');
  const setValue = (next: string | ((previous: string) => string)) => {
    current.current = typeof next === 'function' ? next(current.current) : next;
    setValueState(current.current);
  };

  useKeys((input, key) => {
    if (key.ctrl && input === 'c') return;
    if (key.escape) return options.onCancel();
    if (key.return && input.length <= 1) {
      if (current.current.length === 0 && !options.allowEmpty) {
        setProblem('Nothing pasted yet. Paste, then press Enter (Esc to go back).');
        return;
      }
      return options.onSubmit(current.current);
    }
    if (key.backspace || key.delete)
      return setValue((current) => [...current].slice(0, -1).join(''));
    if (key.ctrl && input === 'u') return setValue('');
    if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return;
    const chunk = key.return ? `${input}\r` : input;
    if (current.current.length + chunk.length > options.maxChars) {
      setValue('');
      setProblem(
        `That paste was over ${options.maxChars.toLocaleString('en-US')} characters, too long for ${options.what}. Copy only ${options.what} and paste again.`,
      );
      return;
    }
    setProblem(null);
    setValue((current) => current + chunk);
  });

  return {value, problem};
}
