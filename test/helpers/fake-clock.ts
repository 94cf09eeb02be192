// A clock a test moves: every sleep moves it forward at once, so a check's waits and deadlines
// run in no real time and always the same way.
import type {Clock} from '../../source/core/runner.js';

export interface FakeClock extends Clock {
  /** Milliseconds slept so far. */
  slept: number;
}

export function createFakeClock(start = Date.UTC(2026, 0, 1)): FakeClock {
  let now = start;
  const clock: FakeClock = {
    slept: 0,
    now: () => now,
    async sleep(ms, signal) {
      if (signal?.aborted || ms <= 0) return;
      now += ms;
      clock.slept += ms;
    },
  };
  return clock;
}
