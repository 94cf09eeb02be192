// Where the fix of a key-info refusal sends the person: a usage limit is raised on the usage page
// (https://cursor.com/dashboard?tab=usage), not on the API keys page, where no limit is set.
import {expect, test} from 'vitest';
import {userApiKeyCheck} from '../../source/core/cursor/user-key-check.js';
import {V1_ERRORS} from '../helpers/cursor-api-server.js';
import {cursorContext} from '../helpers/cursor-context.js';
import {GOOD_KEY as GOOD, GOOD_KEY_RECORD, useCursorFixture} from '../helpers/cursor-fixture.js';

const cursor = useCursorFixture({keys: {[GOOD]: GOOD_KEY_RECORD}, agentKey: GOOD});

test('429 usage_limit_exceeded leads to the usage page', async () => {
  cursor.api.forceStatus = 429;
  cursor.api.forceBody = V1_ERRORS.usageLimitExceeded;
  const result = await userApiKeyCheck(
    cursorContext({env: cursor.env({CURSOR_API_KEY: GOOD, CURSORKEY_AGENT_BIN: '/nonexistent'})}),
  );
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-plan'});
  expect(result.fix?.url).toBe('https://cursor.com/dashboard?tab=usage');
});
