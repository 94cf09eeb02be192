// sk-None- keys ("user generated within an org, but not tied to a project"; providers.md P2) as
// they are published: the legacy length, `sk-None-` + 20 + `T3BlbkFJ` + 20 (56 characters), in
// every sample found in public code (e.g. `sk-None-ZQN3…AT3BlbkFJIb58…ttIE`). Synthetic
// characters here; a whole key of that shape must not be called cut off.
import {expect, test} from 'vitest';
import {detectKeyFormat} from '../../source/core/providers/key-format.js';
import {analysePaste} from '../../source/core/providers/paste-forensics.js';

const SHORT_FORM = `sk-None-${'aB3dE5gH7jK9mN1pQ2rS'}T3BlbkFJ${'tU4vW6xY8zA0bC2dE4fG'}`;

test('a 56-character sk-None- key is a complete OpenAI key, not paste damage', () => {
  expect(SHORT_FORM).toHaveLength(56);
  const format = detectKeyFormat(SHORT_FORM);
  expect(format.provider).toBe('openai');
  expect(format.exact).toBe(true);
  expect(analysePaste(SHORT_FORM).findings).toEqual([]);
});

test('a sk-None- key cut before its end is still caught', () => {
  expect(analysePaste(SHORT_FORM.slice(0, 40)).findings.map((f) => f.id)).toContain('truncated');
});
