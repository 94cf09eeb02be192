import {Text} from 'ink';
import type {DisplayStatus} from '../../core/wizard-machine.js';
import {STATUS_LOOK} from '../theme.js';
import {useRoleColour} from '../theme-context.js';

/** A status as symbol and word, padded so a column of them lines up. */
export function StatusBadge({status}: {status: DisplayStatus}) {
  const look = STATUS_LOOK[status];
  const colour = useRoleColour(look.role);
  return <Text color={colour}>{`${look.symbol} ${look.word.padEnd(7)}`}</Text>;
}
