// One reader of waits written in words serves the diagnosers' retry-after and the router's
// "refills within a minute": the two must agree on what a sentence says.
import {describe, expect, it} from 'vitest';
import {refillsWithinAMinute} from '../../source/core/classify/meaning-rules.js';
import {retryFromMessage} from '../../source/core/providers/diagnose/common.js';
import {waitInText} from '../../source/core/providers/rate-limit.js';

describe('waits written in words', () => {
  it.each([
    ['Please retry in 38.86s.', 38.86, 39],
    ['Rate limit reached. Please try again in 644ms.', 0.644, 1],
    ['Please retry after 20 seconds.', 20, 20],
    ['retry in 1m', 60, 60],
    ['Please try again in 2 minutes', 120, 120],
    ['retry after 12 s', 12, 12],
    ['{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"59s"}', 59, 59],
    ['Too many requests.', null, null],
  ])('%s', (message, seconds, whole) => {
    expect(waitInText(message)).toBe(seconds);
    expect(retryFromMessage(message)).toBe(whole);
  });

  it('counts a quota as refilling soon from the same reading', () => {
    expect(refillsWithinAMinute('You exceeded your current quota. Please try again in 30s.')).toBe(
      true,
    );
    expect(refillsWithinAMinute('You exceeded your current quota. Please retry in 59.5s.')).toBe(
      true,
    );
    expect(refillsWithinAMinute('You exceeded your current quota. Please retry in 1m.')).toBe(
      false,
    );
    expect(refillsWithinAMinute('Quota exceeded, limit: 0. Please retry in 9s.')).toBe(false);
  });
});
