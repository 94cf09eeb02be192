// Where a person fixes things, per provider: used to make every action end in a place to go.
import {PROVIDER_SPECS, providerSpec} from '../providers/registry/index.js';
import type {Provider} from '../vocabulary.js';

function pages(page: 'keyPage' | 'billingPage'): Record<Provider, string> {
  return Object.fromEntries(PROVIDER_SPECS.map((spec) => [spec.id, spec[page]])) as Record<
    Provider,
    string
  >;
}

export const KEY_PAGE = pages('keyPage');
export const BILLING_PAGE = pages('billingPage');

export const INSTALL_CLI = 'curl https://cursor.com/install -fsS | bash';

/** The provider's name, or "the provider" when the text did not say which. */
export function providerName(provider: Provider | null): string {
  return provider ? providerSpec(provider).name : 'the provider';
}

/** Cursor's own plan, usage and status pages: where cursor-plan and cursor-service lead. */
export const CURSOR_USAGE_PAGE = 'https://cursor.com/dashboard?tab=usage';
export const CURSOR_PLANS_PAGE = 'https://cursor.com/pricing';
export const CURSOR_STATUS_PAGE = 'https://status.cursor.com';
