// Semantic colour tokens. Components never name a colour; they ask for a role.
// Every status also has a symbol and a word, because video compression over screen share
// smears colours.
import type {DisplayStatus} from '../core/wizard-machine.js';

export interface Theme {
  success?: string;
  failure?: string;
  warning?: string;
  info?: string;
  muted?: string;
  accent?: string;
  /** Whether bold and dim are used at all. */
  emphasis: boolean;
}

export const colourTheme: Theme = {
  success: 'green',
  failure: 'red',
  warning: 'yellow',
  info: 'cyan',
  muted: 'gray',
  accent: 'magenta',
  emphasis: true,
};

export const noColourTheme: Theme = {emphasis: false};

/** NO_COLOR (any non-empty value) and --no-color turn colour off; FORCE_COLOR=0 too. */
export function wantsColour(
  env: Readonly<Record<string, string | undefined>>,
  noColorFlag: boolean,
): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0') return false;
  return true;
}

export const STATUS_LOOK: Record<DisplayStatus, {symbol: string; word: string; role: keyof Theme}> =
  {
    pass: {symbol: '✓', word: 'pass', role: 'success'},
    fail: {symbol: '✗', word: 'fail', role: 'failure'},
    warn: {symbol: '!', word: 'warn', role: 'warning'},
    skip: {symbol: '↷', word: 'skip', role: 'muted'},
    manual: {symbol: '☐', word: 'manual', role: 'info'},
    unknown: {symbol: '?', word: 'unknown', role: 'warning'},
    pending: {symbol: '·', word: 'pending', role: 'muted'},
    running: {symbol: '▶', word: 'running', role: 'info'},
  };
