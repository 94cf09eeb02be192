import {Box, Text} from 'ink';
import type {Diagnosis} from '../../core/diagnosis.js';
import type {StepDefinition} from '../../core/step-model.js';
import {shownResult, type StepRecord} from '../../core/wizard-machine.js';
import {useRoleColour, useTheme} from '../theme-context.js';
import {LinkedText} from './linked-text.js';
import {ResultView} from './result-view.js';
import {CountdownLine} from './countdown-line.js';
import {RunningLine} from './running-line.js';

/** Live progress lines shown under a running step; the rest stay in the record. */
const PROGRESS_LINES_SHOWN = 6;

/** The current step: why it matters, what to do, what is running, and what came back. */
export function StepView({
  step,
  record,
  applies,
  tickSeconds,
  compact = false,
  pastedError = null,
}: {
  step: StepDefinition;
  record: StepRecord;
  applies: boolean;
  tickSeconds: number;
  /** Fit a small screen: the why and the evidence only when `compact` is false (d toggles). */
  compact?: boolean;
  /** The error pasted at the start, when this step owns its layer. */
  pastedError?: Diagnosis | null;
}) {
  const muted = useRoleColour('muted');
  const info = useRoleColour('info');
  const {emphasis} = useTheme();
  const action =
    record.request?.kind === 'action'
      ? step.actions?.find((a) => a.id === (record.request as {actionId: string}).actionId)
      : undefined;
  const result = shownResult(step, record);
  return (
    <Box flexDirection="column" marginTop={1}>
      {compact ? null : <Text color={muted}>{`Why: ${step.why}`}</Text>}
      <Text bold={emphasis}>{`Do: ${step.instruction}`}</Text>
      <Text color={muted}>{`Passes when: ${step.passCondition}`}</Text>
      {pastedError ? (
        <Text color={info}>{`Your error (${pastedError.layer}): ${pastedError.action}`}</Text>
      ) : null}
      {step.command ? <Text color={info}>{`  $ ${step.command}`}</Text> : null}
      {step.conditional ? (
        <Text color={muted}>
          {`Runs ${step.conditional.description}: ${applies ? 'that is the case here.' : 'that is not the case now.'}`}
        </Text>
      ) : null}
      {action?.notice && record.phase !== 'done' ? <Text>{action.notice}</Text> : null}
      {record.phase === 'running' && record.countdown ? (
        <CountdownLine
          label={record.countdown.label}
          endsAt={record.countdown.endsAt}
          tickSeconds={tickSeconds > 0 ? tickSeconds : 0}
        />
      ) : null}
      {record.phase === 'running' ? (
        <RunningLine
          label={action ? action.label : `Checking${step.command ? ` \`${step.command}\`` : ''}…`}
          tickSeconds={tickSeconds}
        />
      ) : null}
      {record.phase === 'running' || (record.phase === 'done' && !compact)
        ? record.progress
            .slice(-PROGRESS_LINES_SHOWN)
            .map((line, index) => (
              <LinkedText key={index} color={muted}>{`  │ ${line}`}</LinkedText>
            ))
        : null}
      {result ? <ResultView result={result} showEvidence={!compact} /> : null}
    </Box>
  );
}
