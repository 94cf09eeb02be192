// Every keyboard shortcut the wizard knows, in one place, with the hint line built from them.
import type {Key} from 'ink';

export const isCtrlC = (input: string, key: Key) => key.ctrl && input === 'c';
export const isEscape = (_input: string, key: Key) => key.escape;

export const MENU_HINT = '↑/↓ move · Enter choose · 1–9 pick by number · Ctrl+C quit';
/** The checklist picks a step by its own number; short enough for 80 columns. */
export const CHECKLIST_HINT = '↑/↓ Enter · 1–9, 0=10 open a step · w walk · Ctrl+C quit';
export const RUNNING_HINT = 'Esc cancel this check · Ctrl+C quit';
/** The walk's menus, where single letters are shortcuts too; short enough for 80 columns. */
export const WALK_HINT = '↑/↓ Enter · 1–9 pick · d details · c copy · o open · Ctrl+C quit';
