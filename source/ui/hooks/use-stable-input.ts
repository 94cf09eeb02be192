// useInput with a handler that always sees the latest render. Ink 6 re-subscribes a changed
// handler only after the render's effects run, so a key arriving in between (a fast typist, a
// paste, a test) would reach the previous render's handler, or none if the component is new.
// Here the subscription never changes and the handler is swapped during render instead.
// Every keyboard handler in the wizard goes through this hook.
import {type Key, useInput} from 'ink';
import {useCallback, useRef} from 'react';

export function useStableInput(
  handler: (input: string, key: Key) => void,
  options: {isActive?: boolean} = {},
): void {
  const latest = useRef(handler);
  latest.current = handler;
  const stable = useCallback((input: string, key: Key) => {
    // Enter typed before Ink switches the terminal to raw mode arrives as "\n" (the tty's CR-to-NL
    // translation), which Ink does not call Return. It is still the Enter key.
    if (input === '\n' && !key.return) return latest.current('\r', {...key, return: true});
    latest.current(input, key);
  }, []);
  useInput(stable, options);
}
