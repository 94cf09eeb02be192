import {getEventListeners} from 'node:events';
import {afterEach, expect, test, vi} from 'vitest';
import {systemClock} from '../../source/probes/clock.js';

const {sleep} = systemClock;

afterEach(() => {
  vi.useRealTimers();
});

test('ends when its time is up and leaves no abort listener behind', async () => {
  vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
  const controller = new AbortController();
  let ended = false;
  const waiting = sleep(5000, controller.signal).then(() => (ended = true));
  await vi.advanceTimersByTimeAsync(4999);
  expect(ended).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  await waiting;
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
});

test('ends at once when the run is cancelled, and does not wait when already cancelled', async () => {
  vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
  const controller = new AbortController();
  const waiting = sleep(60_000, controller.signal);
  controller.abort();
  await waiting;
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  expect(vi.getTimerCount()).toBe(0);
  await sleep(60_000, controller.signal);
});
