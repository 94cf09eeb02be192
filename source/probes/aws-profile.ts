// A named AWS profile's credentials through the AWS SDK's own chain (config files, the SSO cache,
// STS). The SDK is optional and loaded only here, only when AWS_PROFILE is the sole source of
// credentials; the SDK cannot be cancelled, so the wait for it is bounded and abandoned instead.
import type {AwsProfileRequest, AwsProfileResult} from '../core/runner.js';

interface ProviderModule {
  fromNodeProviderChain(init: {profile?: string}): () => Promise<{
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
  }>;
}

export const AWS_SDK_PACKAGE = '@aws-sdk/credential-providers';

type Loader = (name: string) => Promise<unknown>;

function firstLine(error: unknown): string {
  return (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).slice(
    0,
    200,
  );
}

/** Settles with `work`, or with a timeout or cancel result, whichever comes first. */
function bounded(
  work: Promise<AwsProfileResult>,
  request: AwsProfileRequest,
): Promise<AwsProfileResult> {
  return new Promise((resolve) => {
    const {signal} = request;
    const finish = (result: AwsProfileResult) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish({ok: false, reason: 'cancelled', message: 'cancelled'});
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          reason: 'timeout',
          message: `no credentials within ${request.timeoutMs} ms`,
        }),
      request.timeoutMs,
    );
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, {once: true});
    void work.then(finish);
  });
}

export function awsProfileCredentials(
  request: AwsProfileRequest,
  // A variable name, so neither TypeScript nor the bundler tries to resolve the optional package.
  load: Loader = (name) => import(name),
): Promise<AwsProfileResult> {
  const work = (async (): Promise<AwsProfileResult> => {
    let module: ProviderModule;
    try {
      module = (await load(AWS_SDK_PACKAGE)) as ProviderModule;
      if (typeof module.fromNodeProviderChain !== 'function') throw new Error('unexpected module');
    } catch {
      return {ok: false, reason: 'no-sdk', message: `${AWS_SDK_PACKAGE} is not installed`};
    }
    try {
      const credentials = await module.fromNodeProviderChain({profile: request.profile})();
      return {
        ok: true,
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        sessionToken: credentials.sessionToken ?? null,
      };
    } catch (error) {
      return {ok: false, reason: 'no-credentials', message: firstLine(error)};
    }
  })();
  return bounded(work, request);
}
