import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import {hyperlink, splitUrls, supportsHyperlinks} from '../../source/ui/hyperlinks.js';
import {LinkedText} from '../../source/ui/components/linked-text.js';
import {UiProviders} from '../../source/ui/providers.js';
import {noColourTheme} from '../../source/ui/theme.js';

describe('hyperlinks', () => {
  test('FORCE_HYPERLINK decides first; unknown terminals get plain URLs', () => {
    expect(supportsHyperlinks({FORCE_HYPERLINK: '0', TERM_PROGRAM: 'iTerm.app'})).toBe(false);
    expect(supportsHyperlinks({FORCE_HYPERLINK: '1'})).toBe(true);
    expect(supportsHyperlinks({TERM_PROGRAM: 'WezTerm'})).toBe(true);
    expect(supportsHyperlinks({VTE_VERSION: '7200'})).toBe(true);
    expect(supportsHyperlinks({TERM: 'xterm'})).toBe(false);
  });

  test('URLs are found inside a line, and only they are wrapped', () => {
    expect(splitUrls('open https://cursor.com/loginDeepControl?challenge=abc&uuid=1 now')).toEqual([
      {text: 'open ', url: false},
      {text: 'https://cursor.com/loginDeepControl?challenge=abc&uuid=1', url: true},
      {text: ' now', url: false},
    ]);
    expect(hyperlink('https://x.test', false)).toBe('https://x.test');
  });

  test('a linked line carries an OSC 8 link only when enabled', () => {
    const line = 'visit https://cursor.com/dashboard';
    const on = render(
      <UiProviders theme={noColourTheme} hyperlinks>
        <LinkedText>{line}</LinkedText>
      </UiProviders>,
    );
    expect(on.lastFrame()).toContain('\u001B]8;;https://cursor.com/dashboard\u0007');
    const off = render(
      <UiProviders theme={noColourTheme}>
        <LinkedText>{line}</LinkedText>
      </UiProviders>,
    );
    expect(off.lastFrame()).toBe(line);
  });
});
