import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import {hyperlink, splitUrls, supportsHyperlinks} from '../../source/ui/hyperlinks.js';
import {LINK_ABOVE, LinkedText} from '../../source/ui/components/linked-text.js';
import {History} from '../../source/ui/components/history.js';
import {urlsIn} from '../../source/ui/hooks/use-scrollback.js';
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

  test('a redrawn line points to the link, which the scroll-back prints whole and unwrapped', () => {
    const url = `https://cursor.com/loginDeepControl?challenge=${'a'.repeat(120)}&mode=login`;
    const line = render(
      <UiProviders theme={noColourTheme} hyperlinks>
        <LinkedText>{`use this link: ${url}`}</LinkedText>
      </UiProviders>,
    );
    expect(line.lastFrame()).toBe(`use this link: ${LINK_ABOVE}`);
    const items = [{kind: 'link' as const, key: 'link:1', url}];
    const on = render(
      <UiProviders theme={noColourTheme} hyperlinks>
        <History items={items} />
      </UiProviders>,
    );
    // One line, longer than the 100 columns: no newline or space was put inside the URL.
    expect(on.lastFrame()?.trimEnd()).toBe(`\u001B]8;;${url}\u0007${url}\u001B]8;;\u0007`);
    const off = render(
      <UiProviders theme={noColourTheme}>
        <History items={items} />
      </UiProviders>,
    );
    expect(off.lastFrame()?.trimEnd()).toBe(url);
  });

  test('the scroll-back takes each URL once, after the steps already written', () => {
    expect(urlsIn(['see https://a.test/x and https://b.test', 'again https://a.test/x'])).toEqual([
      'https://a.test/x',
      'https://b.test',
      'https://a.test/x',
    ]);
  });
});
