// Semantic colour tokens. Components never name a colour; they ask for a role.
import {STATUS_SYMBOLS, type DisplayStatus} from '../core/status-symbols.js';

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

/** Screen share: grey text does not survive video compression, so nothing is drawn dim. */
export function shareTheme(base: Theme): Theme {
  return {...base, muted: undefined};
}

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

const STATUS_ROLES: Record<DisplayStatus, keyof Theme> = {
  pass: 'success',
  fail: 'failure',
  warn: 'warning',
  skip: 'muted',
  manual: 'info',
  unknown: 'warning',
  pending: 'muted',
  running: 'info',
};

export const STATUS_LOOK = Object.fromEntries(
  Object.entries(STATUS_SYMBOLS).map(([status, look]) => [
    status,
    {...look, role: STATUS_ROLES[status as DisplayStatus]},
  ]),
) as Record<DisplayStatus, {symbol: string; word: string; role: keyof Theme}>;
