import {Text} from 'ink';
import {EXIT, type ExitCode} from '../../core/vocabulary.js';
import {useTheme} from '../theme-context.js';

const LINES: Record<number, string> = {
  [EXIT.cancelled]: 'Cancelled. Nothing was changed.',
  [EXIT.ok]: 'Done: every check that ran passed.',
  [EXIT.problem]: 'Stopped with a problem still open; the list above shows which step.',
  [EXIT.inconclusive]: 'Stopped with some checks unverified.',
};

/** The last line left on screen, matching the exit code. */
export function FinalSummary({code}: {code: ExitCode}) {
  const {emphasis} = useTheme();
  return <Text bold={emphasis}>{LINES[code] ?? ''}</Text>;
}
