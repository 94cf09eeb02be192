import {Box, Text} from 'ink';
import type {CheckResult} from '../../core/step-model.js';
import type {Status} from '../../core/vocabulary.js';
import {useRoleColour, useTheme} from '../theme-context.js';
import {LinkedText} from './linked-text.js';
import {StatusBadge} from './status-badge.js';

// A skipped step has nothing broken to fix: its fix is what would make the step apply.
function fixLead(status: Status): string {
  return status === 'skip' ? 'To run this step' : 'Fix';
}

/** A check's verdict, its evidence and the fix, as the person should read them. */
export function ResultView({
  result,
  showEvidence = true,
}: {
  /** A check's result, or a skip shown with the fix that would make it apply (an install). */
  result: Omit<CheckResult, 'status'> & {status: Status};
  /** False: the evidence folds behind "d", so the header and menu stay on a small screen. */
  showEvidence?: boolean;
}) {
  const muted = useRoleColour('muted');
  const info = useRoleColour('info');
  const {emphasis} = useTheme();
  return (
    <Box flexDirection="column">
      <Text>
        <StatusBadge status={result.status} />
        <Text bold={emphasis}>{` ${result.summary}`}</Text>
        {result.layer && result.status !== 'pass' ? (
          <Text color={muted}>{`  [layer: ${result.layer}]`}</Text>
        ) : null}
      </Text>
      {showEvidence
        ? result.evidence.map((line, index) => (
            <LinkedText key={index} color={muted}>{`    ${line}`}</LinkedText>
          ))
        : null}
      {!showEvidence && result.evidence.length > 0 ? (
        <Text
          color={muted}
        >{`    show details (d): ${result.evidence.length} line${result.evidence.length === 1 ? '' : 's'} of evidence`}</Text>
      ) : null}
      {result.fix ? (
        <Box flexDirection="column">
          {/* Said once: a summary that already holds the fix does not repeat it. */}
          {result.summary.includes(result.fix.summary) ? null : (
            <Text color={info}>{`  ${fixLead(result.status)}: ${result.fix.summary}`}</Text>
          )}
          {result.fix.command ? <Text>{`    $ ${result.fix.command}`}</Text> : null}
          {result.fix.url ? <LinkedText>{`    ${result.fix.url}`}</LinkedText> : null}
        </Box>
      ) : null}
    </Box>
  );
}
