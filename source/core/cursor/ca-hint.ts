// "Set AGENT_CLI_CREDENTIAL_STORE=file … packaged Unix builds also skip system CA loading in this
// mode" (Cursor CLI changelog, June 29, 2026). A proxy's root certificate installed only in the
// OS trust store is then ignored, so behind TLS inspection the CLI fails unless
// NODE_EXTRA_CA_CERTS names that certificate.
import type {NetworkFailure} from '../runner.js';
import type {Env} from '../step-model.js';

/** The fix for a TLS failure on the way to Cursor when the file store makes the CLI skip the OS CAs. */
export function credentialStoreCaHint(env: Env, failure: NetworkFailure): string | null {
  if (failure.kind !== 'tls') return null;
  if (env.AGENT_CLI_CREDENTIAL_STORE?.trim().toLowerCase() !== 'file') return null;
  if (env.NODE_EXTRA_CA_CERTS?.trim()) return null;
  return "AGENT_CLI_CREDENTIAL_STORE=file makes the Cursor CLI skip the system CA store, so an intercepting proxy's root certificate installed there is ignored: export it as PEM and set NODE_EXTRA_CA_CERTS=/path/to/root.pem where the CLI runs (or unset AGENT_CLI_CREDENTIAL_STORE), then re-check";
}
