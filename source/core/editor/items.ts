// The `ItemTable` rows the inspector reads (cursor-cli reference, section 8), and nothing else:
// the login tokens are never among them. Key names vary between Cursor builds, so each fact
// lists every name it has been seen under, newest first. The BYOK fields come from the registry.
import {PROVIDER_SPECS} from '../providers/registry/index.js';
import type {CursorField} from '../providers/registry/cursor-field.js';

export const ITEM = {
  email: 'cursorAuth/cachedEmail',
  membership: 'cursorAuth/stripeMembershipType',
  /** Only its presence is used: it says the editor is signed in. Never decoded or shown. */
  accessToken: 'cursorAuth/accessToken',
  reactive:
    'src.vs.platform.reactivestorage.browser.reactiveStorageServiceImpl.persistentStorage.applicationUser',
} as const;

type FieldSpec = Extract<(typeof PROVIDER_SPECS)[number], {cursorField: CursorField}>;

/** The providers with a key field in Cursor Settings > Models, in the contract's order. */
export type EditorProvider = FieldSpec['id'];

const FIELD_SPECS = PROVIDER_SPECS.filter(
  (spec): spec is FieldSpec => 'cursorField' in spec && spec.cursorField !== undefined,
);

export const EDITOR_PROVIDERS: readonly EditorProvider[] = FIELD_SPECS.map((spec) => spec.id);

const byProvider = <T>(value: (field: CursorField) => T) =>
  Object.fromEntries(FIELD_SPECS.map((spec) => [spec.id, value(spec.cursorField)])) as Readonly<
    Record<EditorProvider, T>
  >;

/** Each field as the registry describes it. */
export const FIELDS = byProvider((field) => field);

/** The field names in Cursor Settings > Models. */
export const FIELD_NAMES = byProvider((field) => field.name);

export function isEditorProvider(value: string | null | undefined): value is EditorProvider {
  return (EDITOR_PROVIDERS as readonly (string | null | undefined)[]).includes(value);
}

/** What Cursor Settings > Models calls a field's base-URL override. */
export function baseUrlLabel(provider: EditorProvider): string {
  return FIELDS[provider].baseUrlLabel;
}

/** Rows holding a key, as plain text (older builds) or `secret://` (Electron safeStorage). */
export const KEY_ITEMS = byProvider(({stored}) =>
  stored.in === 'rows'
    ? {plain: stored.plain, encrypted: stored.encrypted}
    : {plain: [] as readonly string[], encrypted: [] as readonly string[]},
);

export const ALL_ITEM_KEYS: readonly string[] = [
  ...Object.values(ITEM),
  ...Object.values(KEY_ITEMS).flatMap((item) => [...item.plain, ...item.encrypted]),
];
