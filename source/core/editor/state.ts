// What the inspector knows about the Cursor editor, built from the rows read from its state
// database. A key value passes through here only to be described (provider, length, `fp:`, paste
// damage) and is then dropped: nothing in EditorState can give it back.
import {gateField} from '../gate/outside-text.js';
import {detectKeyFormat} from '../providers/key-format.js';
import {analysePaste, type PasteFindingId} from '../providers/paste-forensics.js';
import {fingerprint} from '../secrets.js';
import type {Provider} from '../vocabulary.js';
import type {FieldStorage} from '../providers/registry/cursor-field.js';
import {EDITOR_PROVIDERS, type EditorProvider, FIELDS, ITEM} from './items.js';
import type {EditorStoreFailure, EditorStoreResult} from './store.js';

export type FieldState = 'set' | 'unset' | 'unknown';

export interface EditorField {
  field: FieldState;
  /** Null unless the field is set. */
  storage: 'plain' | 'encrypted' | null;
  /** The stored on/off toggle (`useOpenAIKey` …), null when absent. */
  enabled: boolean | null;
  /** The override base URL as stored, user info shown as `***@`; null when none. */
  baseUrl: string | null;
}

/** A key stored as plain text, described the way a pasted key is; never its characters. */
export interface EditorPlainKey {
  /** The Cursor field it sits in. */
  field: EditorProvider;
  /** The provider its characters belong to, after removing paste damage. */
  provider: Provider | null;
  formatLabel: string;
  /** Length as stored, in characters. */
  length: number;
  /** Fingerprint of the value as stored, the way Cursor sends it. */
  fingerprint: string;
  /** Fingerprint after removing paste damage: equal to a clean copy of the same key. */
  cleanFingerprint: string;
  damage: {id: PasteFindingId; message: string}[];
  /** Symbols for what surrounds the key, e.g. `⎵ sk-proj-… ⏎`. */
  map: string;
}

export interface EditorAccount {
  /** The whole address, for comparison only; shown masked. */
  email: string | null;
  plan: string | null;
  /** Whether a login token is stored (its value is never read into anything but this flag). */
  signedIn: boolean;
}

export interface EditorState {
  /** A state file exists where the editor keeps it. */
  found: boolean;
  /** Its rows could be read; false for a corrupt, foreign or locked file. */
  readable: boolean;
  /** Why it could not be read, when it could not. */
  failure: EditorStoreFailure | null;
  /** A `-wal` exists whose contents could not be used: values may be older than Cursor's. */
  stale: boolean;
  account: EditorAccount | null;
  byok: Record<EditorProvider, EditorField>;
  plainKeys: EditorPlainKey[];
  /** Model ids enabled or added in Cursor Settings > Models; null when unknown. */
  models: string[] | null;
  /** Newest modification time of the state file and its log (epoch ms), for step 10. */
  modifiedMs: number | null;
}

const UNKNOWN_FIELD: EditorField = {field: 'unknown', storage: null, enabled: null, baseUrl: null};
const UNSET_FIELD: EditorField = {field: 'unset', storage: null, enabled: null, baseUrl: null};

function allFields(field: EditorField): Record<EditorProvider, EditorField> {
  return Object.fromEntries(EDITOR_PROVIDERS.map((p) => [p, {...field}])) as Record<
    EditorProvider,
    EditorField
  >;
}

export function notFoundState(): EditorState {
  return {
    found: false,
    readable: false,
    failure: null,
    stale: false,
    account: null,
    byok: allFields(UNKNOWN_FIELD),
    plainKeys: [],
    models: null,
    modifiedMs: null,
  };
}

function unreadableState(failure: EditorStoreFailure, stale: boolean): EditorState {
  return {...notFoundState(), found: true, failure, stale};
}

/** `https://user:pass@host/x` → `https://***@host/x`. */
export function maskUserInfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
}

type Json = Record<string, unknown>;

function object(value: unknown): Json | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function baseUrlOf(value: unknown): string | null {
  const url = text(value);
  return url ? gateField(maskUserInfo(url.trim())) : null;
}

/** True when a `secret://` row holds bytes: `{"type":"Buffer","data":[]}` holds none. */
function encryptedHoldsBytes(raw: string | null | undefined): boolean {
  if (!raw) return false;
  try {
    const parsed = object(JSON.parse(raw));
    if (parsed && Array.isArray(parsed.data)) return parsed.data.length > 0;
  } catch {
    // Not the Buffer shape: any content counts as held bytes.
  }
  return raw.length > 0;
}

/**
 * Longer than any provider's key with its paste damage. A longer value is outside text that is no
 * key: it is described by its length and fingerprint alone, because repairing a megabyte of
 * repeated artefacts one at a time would take minutes.
 */
const LONGEST_PLAIN_KEY = 4096;

function describePlainKey(field: EditorProvider, value: string): EditorPlainKey {
  const paste =
    value.length <= LONGEST_PLAIN_KEY
      ? analysePaste(value)
      : {cleaned: value, findings: [] as {id: PasteFindingId; message: string}[], map: '…'};
  const format = detectKeyFormat(paste.cleaned);
  return {
    field,
    provider: format.provider,
    formatLabel: format.label,
    length: [...value].length,
    fingerprint: fingerprint(value),
    cleanFingerprint: fingerprint(paste.cleaned),
    damage: paste.findings.map(({id, message}) => ({id, message})),
    map: paste.map,
  };
}

interface KeyRead {
  field: EditorField;
  plain: EditorPlainKey | null;
}

function rowsField(
  provider: EditorProvider,
  stored: Extract<FieldStorage, {in: 'rows'}>,
  items: ReadonlyMap<string, string | null>,
  blob: Json | null,
): KeyRead {
  const enabled = stored.toggles.map((name) => bool(blob?.[name])).find((on) => on !== null);
  const base = {
    enabled: enabled ?? null,
    baseUrl: stored.baseUrl ? baseUrlOf(blob?.[stored.baseUrl]) : null,
  };
  if (stored.encrypted.some((name) => encryptedHoldsBytes(items.get(name)))) {
    return {field: {field: 'set', storage: 'encrypted', ...base}, plain: null};
  }
  for (const name of stored.plain) {
    const value = items.get(name);
    if (value) {
      return {
        field: {field: 'set', storage: 'plain', ...base},
        plain: describePlainKey(provider, value),
      };
    }
  }
  return {field: {field: 'unset', storage: null, ...base}, plain: null};
}

/** A field kept as one object of the reactive blob, its values plain. */
function blobField(
  provider: EditorProvider,
  stored: Extract<FieldStorage, {in: 'blob'}>,
  blob: Json | null,
): KeyRead {
  const state = object(blob?.[stored.state]);
  if (!state) return {field: {...UNSET_FIELD}, plain: null};
  const enabled = bool(state[stored.toggle]);
  const baseUrl = stored.baseUrl ? baseUrlOf(state[stored.baseUrl]) : null;
  const keyValue = text(state[stored.key]);
  const anyValue = keyValue ?? (stored.pairedWith ? text(state[stored.pairedWith]) : null);
  if (!anyValue) return {field: {field: 'unset', storage: null, enabled, baseUrl}, plain: null};
  return {
    field: {field: 'set', storage: 'plain', enabled, baseUrl},
    // One half of a pair is no key on its own.
    plain: !stored.pairedWith && keyValue ? describePlainKey(provider, keyValue) : null,
  };
}

function modelsOf(blob: Json): string[] {
  const settings = object(blob.aiSettings);
  const lists = [settings?.userAddedModels, settings?.modelOverrideEnabled];
  const ids = lists.flatMap((list) => (Array.isArray(list) ? list : []));
  const clean = ids
    .filter((id): id is string => typeof id === 'string' && id.trim() !== '')
    .map((id) => gateField(id.trim()));
  return [...new Set(clean)];
}

export function editorStateFrom(result: EditorStoreResult): EditorState {
  if (result.kind === 'missing') return notFoundState();
  if (result.kind === 'unreadable') return unreadableState(result.reason, result.stale);
  const {items} = result;

  // The reactive blob: absent on a fresh install, JSON otherwise; anything else is unknown.
  const rawBlob = items.get(ITEM.reactive);
  let blob: Json | null = null;
  let blobKnown = true;
  if (rawBlob) {
    try {
      blob = object(JSON.parse(rawBlob));
    } catch {
      blob = null;
    }
    blobKnown = blob !== null;
  }

  const byok = allFields(UNSET_FIELD);
  const plainKeys: EditorPlainKey[] = [];
  for (const provider of EDITOR_PROVIDERS) {
    const {stored} = FIELDS[provider];
    if (stored.in === 'blob' && !blobKnown) {
      byok[provider] = {...UNKNOWN_FIELD};
      continue;
    }
    const read =
      stored.in === 'rows'
        ? rowsField(provider, stored, items, blob)
        : blobField(provider, stored, blob);
    byok[provider] = read.field;
    if (read.plain) plainKeys.push(read.plain);
  }

  const email = text(items.get(ITEM.email));
  const plan = text(items.get(ITEM.membership)) ?? text(blob?.membershipType);
  return {
    found: true,
    readable: true,
    failure: null,
    stale: result.stale,
    account: {
      email: email ? gateField(email.trim()) : null,
      plan: plan ? gateField(plan.trim()) : null,
      signedIn: Boolean(items.get(ITEM.accessToken)),
    },
    byok,
    plainKeys,
    models: blobKnown ? (blob ? modelsOf(blob) : []) : null,
    modifiedMs: result.modifiedMs,
  };
}
