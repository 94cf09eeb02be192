// The contract's `editor` object of `doctor --json`: presence and masked values only.
import {maskEmail} from '../cursor/text.js';
import {EDITOR_PROVIDERS, type EditorProvider} from './items.js';
import {STATE_FILE_NAME} from './locate.js';
import type {EditorField, EditorState} from './state.js';

export interface EditorJson {
  found: boolean;
  source: typeof STATE_FILE_NAME | null;
  stale?: boolean;
  account: {email: string | null; plan: string | null} | null;
  byok: Record<EditorProvider, EditorField> | null;
  models: string[] | null;
}

export function editorJson(state: EditorState | null | undefined): EditorJson {
  if (!state || !state.found) {
    return {found: false, source: null, account: null, byok: null, models: null};
  }
  const byok = Object.fromEntries(
    EDITOR_PROVIDERS.map((provider) => {
      const field = state.byok[provider];
      return [
        provider,
        {
          field: field.field,
          storage: field.field === 'set' ? field.storage : null,
          enabled: field.enabled,
          baseUrl: field.baseUrl,
        },
      ];
    }),
  ) as Record<EditorProvider, EditorField>;
  return {
    found: true,
    source: STATE_FILE_NAME,
    ...(state.stale ? {stale: true} : {}),
    account: state.account
      ? {
          email: state.account.email ? maskEmail(state.account.email) : null,
          plan: state.account.plan,
        }
      : null,
    byok,
    models: state.models ? [...state.models] : null,
  };
}
