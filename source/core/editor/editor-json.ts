// The contract's `editor` object of `doctor --json`: presence and masked values only.
import {maskEmail} from '../cursor/text.js';
import {providerName} from '../providers/registry/index.js';
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

/**
 * The same facts as the `editor` object, as lines for the checklist and the report: presence
 * and masked values only.
 */
export function editorLines(editor: EditorJson): string[] {
  if (!editor.found) {
    return [
      'state.vscdb not found (set CURSORKEY_CURSOR_USER_DIR to the editor’s User folder if it lives elsewhere)',
    ];
  }
  if (
    !editor.account &&
    editor.byok &&
    EDITOR_PROVIDERS.every((p) => editor.byok![p].field === 'unknown')
  ) {
    return [
      'state.vscdb could not be read (locked, corrupt or another format): every field unknown',
    ];
  }
  const lines: string[] = [];
  if (editor.stale) lines.push('its -wal could not be read: these values may be out of date');
  const account = editor.account;
  lines.push(
    `account: ${account ? `${account.email ?? 'not signed in'}, plan ${account.plan ?? 'unknown'}` : 'unknown'}`,
  );
  for (const provider of EDITOR_PROVIDERS) {
    const field = editor.byok?.[provider];
    if (!field) continue;
    const facts = [
      field.storage,
      field.enabled === null ? null : field.enabled ? 'on' : 'off',
      field.baseUrl ? `base URL ${field.baseUrl}` : null,
    ].filter(Boolean);
    lines.push(
      `${providerName(provider)}: ${field.field}${facts.length ? ` (${facts.join(', ')})` : ''}`,
    );
  }
  lines.push(
    `models: ${editor.models === null ? 'unknown' : editor.models.length === 0 ? 'none added or enabled' : editor.models.join(', ')}`,
  );
  return lines;
}
