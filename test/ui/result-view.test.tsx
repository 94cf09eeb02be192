import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {ResultView} from '../../source/ui/components/result-view.js';
import {UiProviders} from '../../source/ui/providers.js';
import {noColourTheme} from '../../source/ui/theme.js';
import type {Status} from '../../source/core/vocabulary.js';

function shown(status: Status): string {
  const view = render(
    <UiProviders theme={noColourTheme}>
      <ResultView
        result={{
          status,
          summary: 'The Cursor CLI is not installed',
          evidence: [],
          layer: 'cursor-cli',
          fix: {summary: 'Install the Cursor CLI, then re-check'},
        }}
      />
    </UiProviders>,
  );
  return view.lastFrame() ?? '';
}

// A skip is not a failure: nothing is broken, so nothing is offered as a "fix".
test('a skipped step offers what would make it run, not a fix', () => {
  expect(shown('skip')).toContain('To run this step: Install the Cursor CLI, then re-check');
  expect(shown('skip')).not.toContain('Fix:');
  expect(shown('fail')).toContain('Fix: Install the Cursor CLI, then re-check');
});
