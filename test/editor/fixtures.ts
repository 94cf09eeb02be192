// Editor states as Cursor stores them (cursor-cli reference, section 8), for the fixture tests.
import {synthetic} from '../helpers/mock-providers/keys.js';
import {encryptedValue, type ItemValue, REACTIVE_KEY} from '../helpers/editor-db.js';

export interface EditorFixture {
  items: Record<string, ItemValue>;
  /** Every key value stored, for the "never appears in any output" assertions. */
  secrets: string[];
}

const token = () => `eyJhbGciOiJIUzI1NiJ9.${synthetic.azure()}.${synthetic.azure()}`;

export function reactive(blob: Record<string, unknown>): Record<string, ItemValue> {
  return {[REACTIVE_KEY]: JSON.stringify(blob)};
}

/** Signed in, pro plan, an encrypted OpenAI key in use with an override and added models. */
export function proWithEncryptedKey(email = 'alice@example.com'): EditorFixture {
  const access = token();
  const refresh = token();
  return {
    items: {
      'cursorAuth/accessToken': access,
      'cursorAuth/refreshToken': refresh,
      'cursorAuth/cachedEmail': email,
      'cursorAuth/cachedSignUpType': 'Auth_0',
      'cursorAuth/stripeMembershipType': 'pro',
      'cursorAuth/stripeSubscriptionStatus': 'active',
      'secret://cursorAuth/openAIKey': encryptedValue([118, 49, 48, 1, 2, 3, 250, 17]),
      'secret://cursorAuth/claudeKey': encryptedValue([]),
      ...reactive({
        useOpenAIKey: true,
        openAIBaseUrl: 'https://proxy-user:hunter2@openrouter.ai/api/v1',
        useClaudeKey: false,
        aiSettings: {
          userAddedModels: ['my-finetune'],
          modelOverrideEnabled: ['gpt-4.1', 'claude-sonnet-4-5', 'my-finetune'],
          modelOverrideDisabled: ['gpt-4o'],
        },
        membershipType: 'pro',
      }),
      'workbench.panel.width': '300',
    },
    secrets: [access, refresh],
  };
}
