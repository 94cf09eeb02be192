// Keys that may sit in another provider's Cursor field, with that field's base URL pointed at
// their own provider. Kept apart from items.ts, which the editor's state depends on, so that the
// provider endpoint rules it uses never loop back into the state.
import {bedrockOpenAiRegion} from '../providers/calls/bedrock.js';
import {type EditorProvider, isEditorProvider} from './items.js';

/**
 * Keys that may sit in another provider's field, with that field's base URL overridden to their
 * provider (cursor-cli reference, section 7): OpenRouter, which has no field of its own, and a
 * Bedrock API key with Bedrock's OpenAI-compatible endpoint.
 */
export const RIDERS: Readonly<
  Partial<
    Record<string, {field: EditorProvider; baseUrl: string; accepts: (url: string) => boolean}>
  >
> = {
  openrouter: {
    field: 'openai',
    baseUrl: 'https://openrouter.ai/api/v1',
    accepts: (url) => /openrouter\.ai/i.test(url),
  },
  bedrock: {
    field: 'openai',
    baseUrl: 'https://bedrock-runtime.<region>.amazonaws.com/openai/v1',
    accepts: (url) => bedrockOpenAiRegion(url) !== null,
  },
};

/** The Cursor field a provider's key goes in, or null when Cursor has none for it. */
export function editorFieldOf(provider: string | null | undefined): EditorProvider | null {
  if (!provider) return null;
  if (isEditorProvider(provider)) return provider;
  return RIDERS[provider]?.field ?? null;
}
