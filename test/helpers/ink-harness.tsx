// A small harness over ink-testing-library: deterministic frames, and helpers that press a key
// and then wait for the screen to change, instead of sleeping.
import {render} from 'ink-testing-library';
import type React from 'react';
import {stripVTControlCharacters} from 'node:util';

export const KEY = {
  enter: '\r',
  up: '\u001B[A',
  down: '\u001B[B',
  escape: '\u001B',
  ctrlC: '\u0003',
  backspace: '\u007F',
} as const;

/** An upper bound on waiting for a frame; reaching it fails the test with the last frame. */
const WAIT_LIMIT_MS = 5_000;

/** Lets React's scheduler (setImmediate) and Ink's renderer flush before looking again. */
function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setTimeout(resolve, 0)));
}

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await tick();
}

export interface Harness {
  frame(): string;
  frames(): string[];
  /** Waits until the frame contains `text` (or satisfies the predicate). */
  waitFor(expected: string | ((frame: string) => boolean), what?: string): Promise<string>;
  /** Writes keys one at a time, yielding between them so handlers see fresh state. */
  press(...keys: string[]): Promise<void>;
  /** Presses keys, then waits for the frame to differ from the one before. */
  pressAndWaitForChange(...keys: string[]): Promise<string>;
  /** Presses keys, then waits for `text` to appear. */
  pressAndWaitFor(text: string, ...keys: string[]): Promise<string>;
  /** Picks the menu choice whose label starts with `label`, by its number, then waits for `text`. */
  choose(label: string, text: string): Promise<string>;
  /** Waits until input handlers are attached; Ink attaches them in an effect after mount. */
  ready(): Promise<void>;
  unmount(): void;
}

export function renderHarness(tree: React.ReactElement): Harness {
  const instance = render(tree);
  const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');

  const waitFor: Harness['waitFor'] = async (expected, what) => {
    const test = typeof expected === 'string' ? (f: string) => f.includes(expected) : expected;
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (;;) {
      const current = frame();
      if (test(current)) {
        // The frame is drawn before its effects run; input handlers attach in those effects.
        await settle();
        return current;
      }
      if (Date.now() > deadline) {
        const label =
          what ?? (typeof expected === 'string' ? JSON.stringify(expected) : 'the condition');
        throw new Error(`Timed out waiting for ${label}. Last frame:\n${current}`);
      }
      await tick();
    }
  };

  const press: Harness['press'] = async (...keys) => {
    for (const key of keys) {
      instance.stdin.write(key);
      // Ink re-subscribes input handlers after each render; let that happen between keys.
      await tick();
      await tick();
    }
  };

  return {
    frame,
    frames: () => instance.frames.map((f) => stripVTControlCharacters(f)),
    waitFor,
    press,
    async pressAndWaitForChange(...keys) {
      const before = frame();
      await press(...keys);
      return waitFor((current) => current !== before, 'the frame to change');
    },
    async pressAndWaitFor(text, ...keys) {
      await press(...keys);
      return waitFor(text);
    },
    async choose(label, text) {
      const current = frame();
      const match = new RegExp(`(\\d)\\. ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(
        current,
      );
      if (!match) throw new Error(`No choice "${label}" on screen:\n${current}`);
      await press(match[1]!);
      return waitFor(text);
    },
    async ready() {
      await waitFor((current) => current.length > 0, 'the first frame');
      await tick();
      await tick();
    },
    unmount: () => instance.unmount(),
  };
}
