// Where a provider's SDK finds a credential in the environment when that is more than one key
// variable: an access key pair it signs requests with, or a named profile it resolves.

export type ChainLink =
  /** A key sent as it is. */
  | {mode: 'bearer'; variable: string}
  /** An access key id, signed (SigV4) with its secret access key and optional session token. */
  | {mode: 'sigv4'; variable: string; secretVariable: string; sessionVariable: string}
  /** The name of a profile the SDK resolves from its own files. */
  | {mode: 'profile'; variable: string};
