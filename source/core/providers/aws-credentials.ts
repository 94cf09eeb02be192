// Credentials for SigV4 from a named profile or SSO. The runner resolves them (through the AWS
// SDK's chain, with its timeout and cancel); this turns its answer into Secrets and a note.
import type {Runner} from '../runner.js';
import {Secret} from '../secrets.js';

export type ProfileCredentials =
  | {ok: true; accessKeyId: Secret; secretAccessKey: Secret; sessionToken: Secret | null}
  | {ok: false; note: string};

const SDK_PACKAGE = '@aws-sdk/credential-providers';

export async function loadProfileCredentials(
  context: {runner: Runner; timeoutMs: number; signal: AbortSignal},
  profile: string,
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
        note: `AWS_PROFILE=${profile} needs the optional package ${SDK_PACKAGE} (not installed): install it, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_BEARER_TOKEN_BEDROCK instead.`,
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
