// Asks for whatever the current step still needs before its check can run.
import {Box, Text} from 'ink';
import {Menu} from './menu.js';
import {Secret} from '../../core/secrets.js';
import type {StepInput} from '../../core/step-model.js';
import {SecretInput} from './secret-input.js';
import {TextLineInput} from './text-line-input.js';

export function PendingInput({
  input,
  onAnswer,
  onCancel,
}: {
  input: StepInput;
  onAnswer: (key: string, value: unknown) => void;
  onCancel: () => void;
}) {
  switch (input.kind) {
    case 'secret':
      return (
        <SecretInput
          prompt={input.prompt}
          emptyMeans={input.emptyMeans}
          onSubmit={(raw) => onAnswer(input.key, raw === '' ? null : new Secret(raw, 'input'))}
          onCancel={onCancel}
        />
      );
    case 'text':
      return (
        <TextLineInput
          prompt={input.prompt}
          onSubmit={(value) => onAnswer(input.key, value)}
          onCancel={onCancel}
        />
      );
    case 'choice':
      return (
        <Box flexDirection="column">
          <Text>{input.prompt}</Text>
          <Menu
            items={input.options.map((option) => ({
              key: option.value,
              label: option.label,
              value: option.value,
            }))}
            onSelect={(item) => onAnswer(input.key, item.value)}
          />
        </Box>
      );
  }
}
