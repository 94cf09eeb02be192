// Asks for whatever the current step still needs before its check can run.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {Menu} from './menu.js';
import {carriesKey, sessionSecrets} from '../../core/known-secrets.js';
import {Secret} from '../../core/secrets.js';
import {answerTo} from '../../core/answers.js';
import type {Answer, ConditionView, StepInput} from '../../core/step-model.js';
import {SecretInput} from './secret-input.js';
import {TextLineInput} from './text-line-input.js';

const TYPE_ANOTHER = '\u0000type-another';
const LEAVE_EMPTY = '\u0000leave-empty';

export function PendingInput({
  input,
  view,
  onAnswer,
  onCancel,
}: {
  input: StepInput;
  /** What is known so far, for inputs whose choices or wording depend on it. */
  view: ConditionView;
  onAnswer: (answer: Answer) => void;
  onCancel: () => void;
}) {
  const [typing, setTyping] = useState(false);
  const give = (value: Secret | string | null) => {
    const answer = answerTo(input, value);
    if (answer) onAnswer(answer);
  };
  switch (input.kind) {
    case 'secret':
      return (
        <SecretInput
          prompt={input.prompt}
          emptyMeans={input.emptyMeans}
          onSubmit={(raw) => give(raw === '' ? null : new Secret(raw, 'input'))}
          onCancel={onCancel}
        />
      );
    case 'text': {
      const suggestions = input.suggestions?.(view) ?? [];
      if (suggestions.length > 0 && !typing) {
        // Picking needs no typing: the values come from what the checks already learned.
        return (
          <Box flexDirection="column">
            <Text>{input.prompt}</Text>
            <Menu
              items={[
                ...suggestions.map((value) => ({key: value, label: value, value})),
                {key: TYPE_ANOTHER, label: 'Type another', value: TYPE_ANOTHER},
                {key: LEAVE_EMPTY, label: 'Leave it empty (skip)', value: LEAVE_EMPTY},
              ]}
              onSelect={(item) => {
                if (item.value === TYPE_ANOTHER) return setTyping(true);
                give(item.value === LEAVE_EMPTY ? '' : item.value);
              }}
            />
          </Box>
        );
      }
      return (
        <TextLineInput
          prompt={input.prompt}
          onSubmit={(value) => give(value)}
          onCancel={suggestions.length > 0 ? () => setTyping(false) : onCancel}
          isHeldKey={(value) => carriesKey(value, sessionSecrets(view.env, view.answers))}
        />
      );
    }
    case 'choice':
      return (
        <Box flexDirection="column">
          <Text>{input.prompt}</Text>
          {(input.details?.(view) ?? []).map((line, index) => (
            <Text key={index}>{`  ${line}`}</Text>
          ))}
          <Menu
            items={input.options.map((option) => ({
              key: option.value,
              label: option.label,
              value: option.value,
            }))}
            onSelect={(item) => give(item.value)}
          />
        </Box>
      );
  }
}
