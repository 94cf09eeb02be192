// Keys that may sit in another provider's Cursor field, with that field's base URL pointed at
// their own provider (cursor-cli reference, section 7), as the registry's specs declare them.
import type {FieldRide} from '../providers/registry/cursor-field.js';
import {PROVIDER_SPECS} from '../providers/registry/index.js';
import type {ProviderSpec} from '../providers/registry/spec.js';
import {type EditorProvider, isEditorProvider} from './items.js';

/** The field each provider's key may also sit in, by provider. */
export const RIDERS: Readonly<Partial<Record<string, FieldRide<EditorProvider>>>> =
  Object.fromEntries(
    (PROVIDER_SPECS as readonly ProviderSpec[]).flatMap((spec) =>
      spec.ridesField && isEditorProvider(spec.ridesField.field)
        ? [[spec.id, spec.ridesField as FieldRide<EditorProvider>]]
        : [],
    ),
  );

/** The Cursor field a provider's key goes in, or null when Cursor has none for it. */
export function editorFieldOf(provider: string | null | undefined): EditorProvider | null {
  if (!provider) return null;
  if (isEditorProvider(provider)) return provider;
  return RIDERS[provider]?.field ?? null;
}
