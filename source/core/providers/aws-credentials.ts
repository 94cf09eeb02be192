// How a credential found through the AWS chain signs its requests: a bearer API key, an access
// key pair from the environment, or a named profile or SSO. The runner resolves a profile
// (through the AWS SDK's chain, with its timeout and cancel); this turns its answer into Secrets.
import type {Runner} from '../runner.js';
import {Secret} from '../secrets.js';
import type {Signing} from './calls/plan.js';
import type {ChainLink} from './registry/credential-chain.js';
import type {KeyAuth} from './types.js';

export type ProfileCredentials =
  | {ok: true; accessKeyId: Secret; secretAccessKey: Secret; sessionToken: Secret | null}
  | {ok: false; note: string};

const SDK_PACKAGE = '@aws-sdk/credential-providers';

type SigningContext = {runner: Runner; timeoutMs: number; signal: AbortSignal};

/** The link of the chain with this mode; the chain's own variable names go into every note. */
function linkOf<Mode extends ChainLink['mode']>(
  chain: readonly ChainLink[],
  mode: Mode,
): Extract<ChainLink, {mode: Mode}> | undefined {
  return chain.find((link): link is Extract<ChainLink, {mode: Mode}> => link.mode === mode);
}

/** What else in the chain could be set instead of a profile: "A/B or C". */
function insteadOfProfile(chain: readonly ChainLink[]): string {
  const pair = linkOf(chain, 'sigv4');
  const bearer = linkOf(chain, 'bearer');
  return [pair && `${pair.variable}/${pair.secretVariable}`, bearer?.variable]
    .filter(Boolean)
    .join(' or ');
}

async function loadProfileCredentials(
  context: SigningContext,
  profile: string,
  chain: readonly ChainLink[],
): Promise<ProfileCredentials> {
  const result = context.runner.awsProfileCredentials
    ? await context.runner.awsProfileCredentials({
        profile,
        timeoutMs: context.timeoutMs,
        signal: context.signal,
      })
    : ({ok: false, reason: 'no-sdk', message: ''} as const);
  if (result.ok) {
    const source = `profile:${profile}`;
    return {
      ok: true,
      accessKeyId: new Secret(result.accessKeyId, source),
      secretAccessKey: new Secret(result.secretAccessKey, source),
      sessionToken: result.sessionToken ? new Secret(result.sessionToken, source) : null,
    };
  }
  switch (result.reason) {
    case 'no-sdk':
      return {
        ok: false,
        note: `${linkOf(chain, 'profile')?.variable}=${profile} needs the optional package ${SDK_PACKAGE} (not installed): install it, or set ${insteadOfProfile(chain)} instead.`,
      };
    case 'cancelled':
      return {ok: false, note: `Reading AWS profile ${profile} was cancelled.`};
    case 'timeout':
    case 'no-credentials':
      return {
        ok: false,
        note: `AWS profile ${profile} gave no credentials: ${result.message} (for SSO, run aws sso login --profile ${profile}).`,
      };
  }
}

/** How the requests of a key found through the AWS credential chain are signed. */
export async function signingOf(
  context: SigningContext,
  auth: KeyAuth,
  secret: Secret,
  chain: readonly ChainLink[],
): Promise<{ok: true; signing: Signing<Secret>} | {ok: false; note: string}> {
  if (auth.mode === 'bearer') return {ok: true, signing: {mode: 'bearer', token: secret}};
  if (auth.mode === 'sigv4') {
    if (auth.secretAccessKey.length === 0) {
      return {
        ok: false,
        note: `${linkOf(chain, 'sigv4')?.secretVariable} is not set, so requests cannot be signed.`,
      };
    }
    return {
      ok: true,
      signing: {
        mode: 'sigv4',
        accessKeyId: secret,
        secretAccessKey: auth.secretAccessKey,
        sessionToken: auth.sessionToken,
        fromEnv: true,
      },
    };
  }
  const loaded = await loadProfileCredentials(context, auth.profile, chain);
  if (!loaded.ok) return {ok: false, note: loaded.note};
  return {
    ok: true,
    signing: {
      mode: 'sigv4',
      accessKeyId: loaded.accessKeyId,
      secretAccessKey: loaded.secretAccessKey,
      sessionToken: loaded.sessionToken,
      fromEnv: false,
    },
  };
}
