// The real clock. Everything else reads the time and waits through the runner's clock, so a test
// can move time instead of waiting for it.
import type {Clock} from '../core/runner.js';

/**
 * Ends early, without an error, when the run is cancelled, and removes its abort listener either
 * way, so a long session does not pile listeners up.
 */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, {once: true});
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

export const systemClock: Clock = {now: () => Date.now(), sleep};
