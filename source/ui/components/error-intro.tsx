// The optional first screen: paste the error you see, and learn which layer and step own it
// before the fix order starts.
import {Box, Text} from 'ink';
import {useState} from 'react';
import type {Diagnosis} from '../../core/diagnosis.js';
import type {StepDefinition} from '../../core/step-model.js';
import {hintedStepId} from '../../core/wizard-machine.js';
import {usePasteBuffer} from '../hooks/use-paste-buffer.js';
import {EMPTY_PASTE_FIELD, introHeading, pasteErrorPrompt} from '../intro-lines.js';
import {useRoleColour, useTheme} from '../theme-context.js';
import {Menu} from './menu.js';

/** Error payloads with headers and a stack fit well inside this. */
const MAX_ERROR_CHARS = 20_000;

export type ClassifyError = (text: string) => Diagnosis;

function PasteErrorField({
  runsAhead,
  onSubmit,
  onCancel,
}: {
  runsAhead: boolean;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}) {
  const {value, problem} = usePasteBuffer({
    maxChars: MAX_ERROR_CHARS,
    what: 'the error message',
    allowEmpty: true,
    onSubmit,
    onCancel,
  });
  const muted = useRoleColour('muted');
  const warning = useRoleColour('warning');
  const lines = value.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  return (
    <Box flexDirection="column">
      <Text>{pasteErrorPrompt(runsAhead)}</Text>
      {lines.length === 0 ? (
        <Text color={muted}>{EMPTY_PASTE_FIELD}</Text>
      ) : (
        // Masked from the first character: a paste can hold a key in a shape no scrubber knows.
        <Text>{`  > ${'•'.repeat(Math.min(value.length, 20))} ${value.length} characters${lines.length > 1 ? ` on ${lines.length} lines` : ''} pasted`}</Text>
      )}
      {problem ? <Text color={warning}>{`  ${problem}`}</Text> : null}
    </Box>
  );
}

export function ErrorIntro({
  steps,
  runsAhead = false,
  classify,
  onHint,
  onDone,
}: {
  steps: readonly StepDefinition[];
  /** The checks run ahead while this screen is up; the walk then starts where the error is. */
  runsAhead?: boolean;
  classify: ClassifyError;
  onHint: (hint: Diagnosis) => void;
  onDone: () => void;
}) {
  const [hint, setHint] = useState<Diagnosis | null>(null);
  const accent = useRoleColour('accent');
  const muted = useRoleColour('muted');
  const {emphasis} = useTheme();

  const header = (
    <Text bold={emphasis} color={accent}>
      {introHeading(steps.length)}
    </Text>
  );

  if (!hint) {
    return (
      <Box flexDirection="column">
        {header}
        <PasteErrorField
          runsAhead={runsAhead}
          onSubmit={(text) => {
            if (text.trim() === '') return onDone();
            const diagnosis = classify(text);
            setHint(diagnosis);
            onHint(diagnosis);
          }}
          onCancel={onDone}
        />
      </Box>
    );
  }

  const owner = steps.find((step) => step.id === hintedStepId(hint));
  const unknown = hint.layer === 'unknown';
  return (
    <Box flexDirection="column">
      {header}
      {unknown ? (
        <Text>That error does not name a layer on its own. The steps will find it.</Text>
      ) : (
        <Text>
          {`Your error points at the ${hint.layer} layer`}
          {hint.code ? ` (${hint.code})` : ''}
          {owner ? `, which step ${owner.n} owns: ${owner.title}.` : '.'}
        </Text>
      )}
      <Text>{`Best first action: ${hint.action}`}</Text>
      {hint.alsoPossible.length > 0 ? (
        <Text color={muted}>{`The same text can also mean: ${hint.alsoPossible.join(', ')}.`}</Text>
      ) : null}
      {!unknown && hint.step > 1 ? (
        <Text color={muted}>
          {runsAhead
            ? `The checks before step ${hint.step} run first, together. The walk goes to step ${hint.step} unless one of them fails: a fault upstream makes later steps fail the same way, so it comes first.`
            : `The fix order still starts at step 1: a wrong login or Cursor key upstream makes later steps fail the same way, so a fix at step ${hint.step} alone may not stick. You can jump to step ${hint.step} as soon as the steps before it pass.`}
        </Text>
      ) : null}
      <Box marginTop={1}>
        <Menu
          items={[
            runsAhead
              ? {key: 'start', label: 'Show the checklist', value: 'start'}
              : {key: 'start', label: 'Start at step 1', value: 'start'},
          ]}
          onSelect={onDone}
        />
      </Box>
    </Box>
  );
}
