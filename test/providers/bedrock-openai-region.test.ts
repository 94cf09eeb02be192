// A Bedrock API key in Cursor's OpenAI field is used where Cursor sends it: the Region of the
// Bedrock OpenAI-compatible base URL (https://bedrock-runtime.{region}.amazonaws.com/openai/v1,
// AWS Bedrock user guide, 2026). Cursor does not read AWS_REGION, so a shell's AWS_REGION must
// not move the test, nor turn a short-term key made in that Region into a Region mismatch.
import {afterEach, expect, test} from 'vitest';
import {startMockProvider, synthetic, type MockProvider} from '../helpers/mock-providers/index.js';
import {loopbackRunner, runSteps} from './support.js';

const mocks: MockProvider[] = [];
afterEach(async () => {
  while (mocks.length > 0) await mocks.pop()!.close();
});

test("a short-term key in the OpenAI field is tested in the base URL's Region, whatever AWS_REGION says", async () => {
  const key = synthetic.bedrockShortTerm('eu-west-1');
  const mock = await startMockProvider('bedrock', {bedrockAuth: 'bearer', key});
  mocks.push(mock);
  const env = {
    OPENAI_API_KEY: key,
    OPENAI_BASE_URL: 'https://bedrock-runtime.eu-west-1.amazonaws.com/openai/v1',
    AWS_ENDPOINT_URL_BEDROCK: mock.origin,
    AWS_REGION: 'us-east-1',
  };
  const {results} = await runSteps({env, runner: loopbackRunner()});
  expect(results['byok-provider']?.evidence.join('\n')).toContain('eu-west-1');
  expect(results['provider-test']).toMatchObject({status: 'pass'});
});
