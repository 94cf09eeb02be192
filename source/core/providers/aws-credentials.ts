// Credentials for SigV4 from a named profile or SSO, through the AWS SDK's own chain. The SDK is
// optional and loaded only here, only when AWS_PROFILE is the sole source of credentials.
import {Secret} from '../secrets.js';

export type ProfileCredentials =
  | {ok: true; accessKeyId: Secret; secretAccessKey: Secret; sessionToken: Secret | null}
  | {ok: false; note: string};

interface ProviderModule {
  fromNodeProviderChain(init: {profile?: string}): () => Promise<{
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
  }>;
}

// A variable, so neither TypeScript nor the bundler tries to resolve the optional package.
const OPTIONAL_PACKAGE = '@aws-sdk/credential-providers';

export async function loadProfileCredentials(
  profile: string,
  load: (name: string) => Promise<unknown> = (name) => import(name),
): Promise<ProfileCredentials> {
  let module: ProviderModule;
  try {
    module = (await load(OPTIONAL_PACKAGE)) as ProviderModule;
    if (typeof module.fromNodeProviderChain !== 'function') throw new Error('unexpected module');
  } catch {
    return {
      ok: false,
      note: `AWS_PROFILE=${profile} needs the optional package ${OPTIONAL_PACKAGE} (not installed): install it, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_BEARER_TOKEN_BEDROCK instead.`,
    };
  }
  try {
    const credentials = await module.fromNodeProviderChain({profile})();
    return {
      ok: true,
      accessKeyId: new Secret(credentials.accessKeyId, `profile:${profile}`),
      secretAccessKey: new Secret(credentials.secretAccessKey, `profile:${profile}`),
      sessionToken: credentials.sessionToken
        ? new Secret(credentials.sessionToken, `profile:${profile}`)
        : null,
    };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      ok: false,
      note: `AWS profile ${profile} gave no credentials: ${message.slice(0, 200)} (for SSO, run aws sso login --profile ${profile}).`,
    };
  }
}
