// The one-glance screen, as `flutter doctor` and `gh auth status` summarise: every step with its
// status as a symbol and a word, and one line each. Each line opens its step.
import {Box, Text} from 'ink';
import type {StepDefinition} from '../../core/step-model.js';
import {displayStatus, openCount, type WizardState} from '../../core/wizard-machine.js';
import {STATUS_LOOK} from '../theme.js';
import {useRoleColour, useTheme} from '../theme-context.js';
import {Menu} from './menu.js';

export type ChecklistChoice =
  {type: 'walk'} | {type: 'open'; step: StepDefinition} | {type: 'export'} | {type: 'quit'};

/** The step's one line: its summary, or why it is skipped, or what it waits for. */
function lineOf(step: StepDefinition, state: WizardState): string {
  const record = state.records[step.id];
  if (record.skipReason !== null) return record.skipReason;
  if (record.confirmed) return 'confirmed by you';
  if (record.phase === 'running') return 'checking…';
  if (record.phase === 'queued') return 'waiting for you';
  if (record.result) return record.result.summary;
  // An after-all step never runs ahead: the person brings it about, as with a restart.
  return step.kind === 'manual' || step.group === 'after-all'
    ? 'needs you'
    : 'runs when the walk gets here';
}

export function Checklist({
  steps,
  state,
  canExport,
  onChoose,
}: {
  steps: readonly StepDefinition[];
  state: WizardState;
  canExport: boolean;
  onChoose: (choice: ChecklistChoice) => void;
}) {
  const accent = useRoleColour('accent');
  const {emphasis} = useTheme();
  const open = openCount(steps, state);
  const running = steps.some((step) => state.records[step.id].phase === 'running');
  const items = [
    {
      key: 'walk',
      label:
        open === 0
          ? 'Finish: nothing left that needs you'
          : `Walk the ${open} step${open === 1 ? '' : 's'} that need${open === 1 ? 's' : ''} you`,
      value: {type: 'walk'} as ChecklistChoice,
      hotkey: {key: 'w', shown: ' w.'},
    },
    ...steps.map((step) => {
      const look = STATUS_LOOK[displayStatus(state.records[step.id])];
      return {
        key: `open:${step.id}`,
        label: `${look.symbol} ${look.word.padEnd(7)} ${step.title}: ${lineOf(step, state)}`,
        value: {type: 'open', step} as ChecklistChoice,
        // The step's own number picks it (0 for step 10), so the row shows one number only.
        hotkey: {key: String(step.n % 10), shown: `${String(step.n).padStart(2)}.`},
      };
    }),
    ...(canExport
      ? [
          {
            key: 'export',
            label: 'Export a safe-to-share report',
            value: {type: 'export'} as const,
            hotkey: {key: 'e', shown: ' e.'},
          },
        ]
      : []),
    {key: 'quit', label: 'Quit', value: {type: 'quit'} as const, hotkey: {key: 'q', shown: ' q.'}},
  ];
  return (
    <Box flexDirection="column">
      <Text bold={emphasis} color={accent}>
        {`Checklist · ${running ? 'checks running, results fill in as they come' : 'every check that needs nobody has run'}`}
      </Text>
      <Menu items={items} truncate onSelect={(item) => onChoose(item.value)} />
    </Box>
  );
}
