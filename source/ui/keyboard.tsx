// One keyboard subscription for the whole app, routed to whichever widget is on screen.
//
// Ink 6 attaches a component's useInput in an effect, after its first frame is drawn, and
// re-attaches a changed handler the same way. A key pressed in between (a fast typist, a
// paste, Enter right as a check finishes) is lost, or reaches the previous screen. Here the
// subscription is made once, at the root, and a widget claims the keyboard while it renders,
// so it owns the keys from the moment it can be seen.
import {type Key, useInput} from 'ink';
import {
  createContext,
  type ReactNode,
  type RefObject,
  useCallback,
  useContext,
  useEffect,
  useRef,
} from 'react';

export type KeyHandler = (input: string, key: Key) => void;

interface Slots {
  /** Keys that work on every screen (Ctrl+C, Esc while a check runs). */
  global: RefObject<KeyHandler | null>;
  /** The one interactive widget on screen. */
  active: RefObject<KeyHandler | null>;
}

const KeyboardContext = createContext<Slots | null>(null);

export function KeyboardProvider({children}: {children: ReactNode}) {
  const global = useRef<KeyHandler | null>(null);
  const active = useRef<KeyHandler | null>(null);
  const route = useCallback((input: string, key: Key) => {
    const [keyInput, keyInfo] = asPressed(input, key);
    global.current?.(keyInput, keyInfo);
    active.current?.(keyInput, keyInfo);
  }, []);
  useInput(route);
  const slots = useRef<Slots>({global, active}).current;
  return <KeyboardContext.Provider value={slots}>{children}</KeyboardContext.Provider>;
}

/** What the person pressed, where keys typed before the wizard could read them arrive altered. */
function asPressed(input: string, key: Key): [string, Key] {
  // Enter typed before Ink switches the terminal to raw mode arrives as "\n" (the tty's
  // CR-to-NL translation), which Ink does not call Return. It is still the Enter key.
  if (input === '\n' && !key.return) return ['\r', {...key, return: true}];
  // Keys typed while Ink loads reach it as one chunk; a Ctrl+C among them still means quit.
  if (input.length > 1 && input.includes('\u0003')) return ['c', {...key, ctrl: true}];
  return [input, key];
}

/**
 * Takes the keyboard while the component is rendered and active; the handler always sees the
 * latest render. `global` handlers run on every screen, before the widget's.
 */
export function useKeys(
  handler: KeyHandler,
  options: {isActive?: boolean; global?: boolean} = {},
): void {
  const slots = useContext(KeyboardContext);
  if (!slots) throw new Error('useKeys needs a KeyboardProvider above it');
  const latest = useRef(handler);
  latest.current = handler;
  const stable = useRef<KeyHandler>((input, key) => latest.current(input, key)).current;
  const slot = options.global ? slots.global : slots.active;
  // Claimed during render, not in an effect: see the comment at the top of this file.
  if (options.isActive === false) {
    if (slot.current === stable) slot.current = null;
  } else {
    slot.current = stable;
  }
  useEffect(
    () => () => {
      if (slot.current === stable) slot.current = null;
    },
    [slot, stable],
  );
}
