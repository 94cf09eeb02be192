// Which model the person selected in Cursor for a provider: `--model PROVIDER=MODEL`, or the
// model typed in the wizard, matched to a provider by its name.
import type {Answers, Env} from '../step-model.js';
import type {Provider} from '../vocabulary.js';

/** The provider a model name belongs to, when its name says so. */
export function providerOfModelName(model: string): Provider | null {
  const name = model.trim().toLowerCase();
  if (/^[a-z0-9-]+\/[a-z0-9]/.test(name)) return 'openrouter';
  if (
    /^(?:(?:us|eu|apac|global|jp|au|us-gov)\.)?(?:anthropic|amazon|meta|mistral|cohere|ai21|deepseek)\./.test(
      name,
    )
  )
    return 'bedrock';
  if (/^claude/.test(name)) return 'anthropic';
  if (/^(?:models\/)?gemini|^gemma/.test(name)) return 'google';
  if (/^(?:gpt|o\d|chatgpt|text-|davinci|babbage|codex)/.test(name)) return 'openai';
  return null;
}

export function selectedModelFor(provider: Provider, answers: Answers, env: Env): string | null {
  const explicit = answers.models?.[provider]?.trim();
  if (explicit) return explicit;
  const typed = typeof answers.selectedModel === 'string' ? answers.selectedModel.trim() : '';
  if (typed) {
    const owner = providerOfModelName(typed);
    if (owner === provider) return typed;
    // An Azure deployment has a name of the person's choosing.
    if (provider === 'azure' && owner === null) return typed;
    if (provider === 'azure' && owner === 'openai' && !env.AZURE_OPENAI_DEPLOYMENT) return typed;
  }
  if (provider === 'azure') return env.AZURE_OPENAI_DEPLOYMENT?.trim() || null;
  return null;
}
