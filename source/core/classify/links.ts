// Where a person fixes things, per provider: used to make every action end in a place to go.
import type {Provider} from '../vocabulary.js';

export const KEY_PAGE: Record<Provider, string> = {
  cursor: 'https://cursor.com/dashboard (Integrations > User API Keys)',
  openai: 'https://platform.openai.com/api-keys',
  anthropic: 'https://console.anthropic.com/settings/keys',
  google: 'https://aistudio.google.com/apikey',
  openrouter: 'https://openrouter.ai/settings/keys',
  azure: 'the Azure portal > your OpenAI resource > Keys and Endpoint',
  bedrock: 'the AWS console > IAM (access keys) or Amazon Bedrock > API keys',
};

export const BILLING_PAGE: Record<Provider, string> = {
  cursor: 'https://cursor.com/dashboard',
  openai: 'https://platform.openai.com/settings/organization/billing',
  anthropic: 'https://console.anthropic.com/settings/billing',
  google: 'https://aistudio.google.com/usage',
  openrouter: 'https://openrouter.ai/settings/credits',
  azure: 'https://aka.ms/oai/quotaincrease',
  bedrock: 'the AWS console > Service Quotas > Amazon Bedrock',
};

export const INSTALL_CLI = 'curl https://cursor.com/install -fsS | bash';

export function providerName(provider: Provider | null): string {
  switch (provider) {
    case 'openai':
      return 'OpenAI';
    case 'anthropic':
      return 'Anthropic';
    case 'google':
      return 'Google (Gemini)';
    case 'openrouter':
      return 'OpenRouter';
    case 'azure':
      return 'Azure OpenAI';
    case 'bedrock':
      return 'AWS Bedrock';
    case 'cursor':
      return 'Cursor';
    default:
      return 'the provider';
  }
}

/** Cursor's own plan, usage and status pages: where cursor-plan and cursor-service lead. */
export const CURSOR_USAGE_PAGE = 'https://cursor.com/dashboard?tab=usage';
export const CURSOR_PLANS_PAGE = 'https://cursor.com/pricing';
export const CURSOR_STATUS_PAGE = 'https://status.cursor.com';
