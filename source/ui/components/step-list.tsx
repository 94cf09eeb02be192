import {Box, Text} from 'ink';
import type {StepDefinition} from '../../core/step-model.js';
import {displayStatus, hintedStepId, type WizardState} from '../../core/wizard-machine.js';
import {useRoleColour, useTheme} from '../theme-context.js';
import {StatusBadge} from './status-badge.js';

/** "Step N/10" and every step with a symbol and a word. */
export function StepList({steps, state}: {steps: readonly StepDefinition[]; state: WizardState}) {
  const accent = useRoleColour('accent');
  const {emphasis} = useTheme();
  const current = steps[state.index];
  // Numbers are the fix order's; a shortened list (tests, a single step) still counts to its last.
  const total = Math.max(...steps.map((step) => step.n));
  return (
    <Box flexDirection="column">
      <Text bold={emphasis} color={accent}>
        {current
          ? `Step ${current.n}/${total} · ${current.title}`
          : `All ${steps.length} steps done`}
      </Text>
      {steps.map((step, index) => (
        <Text key={step.id}>
          {index === state.index ? '› ' : '  '}
          <StatusBadge status={displayStatus(state.records[step.id])} />
          {` ${String(step.n).padStart(2)}. ${step.title}`}
          {state.errorHint &&
          hintedStepId(state.errorHint) === step.id &&
          state.errorHint.layer !== 'unknown' ? (
            <Text color={accent}>{`  ◀ your error (${state.errorHint.layer})`}</Text>
          ) : null}
        </Text>
      ))}
    </Box>
  );
}
