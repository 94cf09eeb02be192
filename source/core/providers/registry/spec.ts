// What the tool knows about one provider, in one place. Each provider is one file in this folder
// plus one line in index.ts; everything provider-shaped elsewhere is derived from these specs.

export interface ProviderSpec<Id extends string = string> {
  /** The contract's word for the provider (doctor --json, classify --json, --provider). */
  id: Id;
  /** The name a person reads: "OpenAI", "AWS Bedrock". */
  name: string;
  /**
   * The variables the official SDK reads its key from, in the order it reads them. The first
   * is the one a copy-paste command names.
   */
  keyVariables: readonly string[];
  /** Every variable that can hold a credential of this provider: scrubbed from all output. */
  credentialVariables: readonly string[];
  /** Where a person makes a new key. */
  keyPage: string;
  /** Where a person adds credit, fixes billing or raises quota. */
  billingPage: string;
}
