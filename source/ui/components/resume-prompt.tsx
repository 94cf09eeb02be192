// Offered on start when a run before a Cursor restart saved its progress.
import {Box, Text} from 'ink';
import {savedAgo, type SavedProgress} from '../../core/wizard-resume.js';
import {statusLabel} from '../../core/status-symbols.js';
import type {StepDefinition} from '../../core/step-model.js';
import {useRoleColour, useTheme} from '../theme-context.js';
import {Menu} from './menu.js';

export function ResumePrompt({
  steps,
  progress,
  now,
  onResume,
  onStartOver,
}: {
  steps: readonly StepDefinition[];
  progress: SavedProgress;
  now: Date;
  onResume: () => void;
  onStartOver: () => void;
}) {
  const accent = useRoleColour('accent');
  const {emphasis} = useTheme();
  const restart = steps.find((step) => step.id === 'restart');
  return (
    <Box flexDirection="column">
      <Text bold={emphasis} color={accent}>
        {`Progress from before the restart (${savedAgo(progress, now)})`}
      </Text>
      {steps
        .filter((step) => progress.statuses[step.id])
        .map((step) => (
          <Text key={step.id}>
            {`  ${statusLabel(progress.statuses[step.id]!).padEnd(9)} ${String(step.n).padStart(2)}. ${step.title}`}
          </Text>
        ))}
      {progress.model ? <Text>{`  model: ${progress.model}`}</Text> : null}
      <Box marginTop={1}>
        <Menu
          items={[
            {
              key: 'resume',
              label: `Resume at ${restart ? `step ${restart.n}` : 'the restart'} and re-check`,
              value: 'resume',
            },
            {key: 'fresh', label: 'Start over', value: 'fresh'},
          ]}
          onSelect={(item) => (item.value === 'resume' ? onResume() : onStartOver())}
        />
      </Box>
    </Box>
  );
}
