// The `ItemTable` rows the inspector reads (cursor-cli reference, section 8), and nothing else:
// the login tokens are never among them. Key names vary between Cursor builds, so each fact
// lists every name it has been seen under, newest first.

export const ITEM = {
  email: 'cursorAuth/cachedEmail',
  membership: 'cursorAuth/stripeMembershipType',
  /** Only its presence is used: it says the editor is signed in. Never decoded or shown. */
  accessToken: 'cursorAuth/accessToken',
  reactive:
    'src.vs.platform.reactivestorage.browser.reactiveStorageServiceImpl.persistentStorage.applicationUser',
} as const;

/** The providers with a key field in Cursor Settings > Models, in the contract's order. */
export const EDITOR_PROVIDERS = ['openai', 'anthropic', 'google', 'azure', 'bedrock'] as const;
export type EditorProvider = (typeof EDITOR_PROVIDERS)[number];

/** The field names in Cursor Settings > Models. */
export const FIELD_NAMES: Readonly<Record<EditorProvider, string>> = {
  openai: 'OpenAI API Key',
  anthropic: 'Anthropic API Key',
  google: 'Google API Key',
  azure: 'Azure OpenAI',
  bedrock: 'AWS Bedrock',
};

export function isEditorProvider(value: string | null | undefined): value is EditorProvider {
  return (EDITOR_PROVIDERS as readonly (string | null | undefined)[]).includes(value);
}

/** What Cursor Settings > Models calls a field's base-URL override. */
export function baseUrlLabel(provider: EditorProvider): string {
  return provider === 'openai' ? 'Override OpenAI Base URL' : `${FIELD_NAMES[provider]} base URL`;
}

/** Rows holding a key, as plain text (older builds) or `secret://` (Electron safeStorage). */
export const KEY_ITEMS: Readonly<Record<EditorProvider, {plain: string[]; encrypted: string[]}>> = {
  openai: {plain: ['cursorAuth/openAIKey'], encrypted: ['secret://cursorAuth/openAIKey']},
  anthropic: {
    plain: ['cursorAuth/claudeKey', 'cursorAuth/anthropicKey'],
    encrypted: ['secret://cursorAuth/claudeKey', 'secret://cursorAuth/anthropicKey'],
  },
  google: {plain: ['cursorAuth/googleKey'], encrypted: ['secret://cursorAuth/googleKey']},
  // Azure and Bedrock credentials live inside the reactive blob (see reactive.ts).
  azure: {plain: [], encrypted: []},
  bedrock: {plain: [], encrypted: []},
};

export const ALL_ITEM_KEYS: readonly string[] = [
  ...Object.values(ITEM),
  ...Object.values(KEY_ITEMS).flatMap((item) => [...item.plain, ...item.encrypted]),
];
