import React from 'react';
import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {Menu, type MenuItem} from '../../source/ui/components/menu.js';
import SelectInput from 'ink-select-input';
import {UiProviders} from '../../source/ui/providers.js';
import {noColourTheme} from '../../source/ui/theme.js';
import {KEY, renderHarness} from '../helpers/ink-harness.js';

const running: MenuItem<string>[] = [{key: 'cancel', label: 'Cancel this check', value: 'cancel'}];
const finished: MenuItem<string>[] = [
  {key: 'next', label: 'Next step', value: 'next'},
  {key: 'recheck', label: 'Re-check', value: 'recheck'},
];

function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setTimeout(resolve, 0)));
}

type Chooser = (props: {
  items: MenuItem<string>[];
  onSelect: (item: MenuItem<string>) => void;
}) => React.ReactNode;

/** Shows the running menu, then the finished one when a check "finishes" asynchronously. */
function CheckThatFinishes({List, onSelect}: {List: Chooser; onSelect: (value: string) => void}) {
  const [items, setItems] = React.useState(running);
  React.useEffect(() => {
    const timer = setTimeout(() => setItems(finished), 20);
    return () => clearTimeout(timer);
  }, []);
  return <List items={items} onSelect={(item) => onSelect(item.value)} />;
}

/**
 * Presses Enter from inside the write that draws the new menu: the frame is on screen, but
 * React has not yet run that render's effects. A person pressing Enter right then means the
 * choice they see.
 */
async function pressAsTheMenuAppears(List: Chooser): Promise<string[]> {
  const chosen: string[] = [];
  const instance = render(
    <UiProviders theme={noColourTheme}>
      <CheckThatFinishes List={List} onSelect={(value) => chosen.push(value)} />
    </UiProviders>,
  );
  const write = instance.stdout.write.bind(instance.stdout);
  let pressed = false;
  instance.stdout.write = (frame: string) => {
    write(frame);
    if (!pressed && frame.includes('Next step')) {
      pressed = true;
      instance.stdin.write(KEY.enter);
    }
  };
  for (let i = 0; i < 200 && !pressed; i++) await tick();
  for (let i = 0; i < 3; i++) await tick();
  instance.unmount();
  return chosen;
}

test('a key pressed the instant the menu changes selects from the new menu', async () => {
  expect(await pressAsTheMenuAppears(Menu)).toEqual(['next']);
});

test('ink-select-input, for comparison, gives that key to the old menu', async () => {
  // Why the wizard does not use it for its menus: on Ink 6 its handler is re-attached only
  // after the new menu's effects run.
  const Select: Chooser = ({items, onSelect}) => (
    <SelectInput
      items={items}
      onSelect={(item) => onSelect(items.find((i) => i.key === item.key)!)}
    />
  );
  expect(await pressAsTheMenuAppears(Select)).toEqual(['cancel']);
});

test('a menu that has just appeared takes the very first key', async () => {
  const chosen: string[] = [];
  function Later() {
    const [shown, setShown] = React.useState(false);
    React.useEffect(() => {
      const timer = setTimeout(() => setShown(true), 20);
      return () => clearTimeout(timer);
    }, []);
    return shown ? <Menu items={finished} onSelect={(item) => chosen.push(item.value)} /> : null;
  }
  const instance = render(
    <UiProviders theme={noColourTheme}>
      <Later />
    </UiProviders>,
  );
  const write = instance.stdout.write.bind(instance.stdout);
  let pressed = false;
  instance.stdout.write = (frame: string) => {
    write(frame);
    // Once only, from inside the write that first draws the menu.
    if (!pressed && frame.includes('Re-check')) {
      pressed = true;
      instance.stdin.write('2');
    }
  };
  for (let i = 0; i < 200 && !pressed; i++) await tick();
  for (let i = 0; i < 3; i++) await tick();
  instance.unmount();
  expect(chosen).toEqual(['recheck']);
});

test('arrows, j/k and numbers move and choose; the highlight resets when choices change', async () => {
  const chosen: string[] = [];
  const harness = renderHarness(
    <UiProviders theme={noColourTheme}>
      <Menu items={finished} onSelect={(item) => chosen.push(item.value)} />
    </UiProviders>,
  );
  await harness.ready();
  await harness.pressAndWaitFor('❯ 2. Re-check', KEY.down);
  await harness.pressAndWaitFor('❯ 1. Next step', 'k');
  await harness.press('j', KEY.enter, '1');
  // Enter pressed before the terminal entered raw mode arrives as a line feed.
  await harness.press('\n');
  expect(chosen).toEqual(['recheck', 'next', 'recheck']);
});
