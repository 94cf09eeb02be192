// The runner as checks see it: every result comes back through the outside-text gate, so nothing
// a process or a server said reaches a check, a record or a face raw. It also remembers every
// secret a request carried, so later answers are scrubbed of it whatever their shape.
import type {
  HttpRequest,
  HttpResult,
  NetworkFailure,
  ProcessRequest,
  ProcessResult,
  Runner,
} from '../runner.js';
import {type HeldSecrets, Secret, SecretScrubber, scrubberOf} from '../secrets.js';
import {gateBlock, gateBody, gateField} from './outside-text.js';
import {checkTransport, INSECURE_TRANSPORT_CODE} from './transport.js';

const GATED = Symbol('gated runner');

interface GatedRunner extends Runner {
  readonly [GATED]: SecretBook;
}

/** The keys this session has held, by fingerprint; compiled for masking once between additions. */
class SecretBook {
  readonly #byFingerprint = new Map<string, Secret>();
  #scrubber: SecretScrubber | null = null;

  add(secret: Secret): void {
    if (secret.length === 0 || this.#byFingerprint.has(secret.fingerprint)) return;
    this.#byFingerprint.set(secret.fingerprint, secret);
    this.#scrubber = null;
  }

  get scrubber(): SecretScrubber {
    this.#scrubber ??= new SecretScrubber([...this.#byFingerprint.values()]);
    return this.#scrubber;
  }
}

const SECRET_HEADER = /auth|key|token|secret|password|cookie/i;
const SECRET_VARIABLE = /KEY|TOKEN|SECRET|PASSWORD/i;

/** Remembers every secret the request carries; true when it carries any. */
function rememberHttp(book: SecretBook, request: HttpRequest): boolean {
  let carries = false;
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    // A SigV4 signature is derived, not secret; its scope would only mask region names.
    if (!SECRET_HEADER.test(name) || !value) continue;
    carries = true;
    if (value.startsWith('AWS4-')) continue;
    book.add(new Secret(value, `header:${name}`));
    const credential = value.replace(/^(?:Bearer|Basic|Token)\s+/i, '');
    book.add(new Secret(credential, `header:${name}`));
    if (/^Basic\s/i.test(value)) {
      // Basic auth carries `user:password` in base64; the parts are the secrets.
      const decoded = Buffer.from(credential, 'base64').toString('utf8');
      for (const part of decoded.split(':')) if (part) book.add(new Secret(part, `header:${name}`));
    }
  }
  try {
    const url = new URL(request.url);
    if (url.password) {
      carries = true;
      book.add(new Secret(decodeURIComponent(url.password), 'url'));
    }
    for (const [name, value] of url.searchParams) {
      if (!SECRET_HEADER.test(name) || !value) continue;
      carries = true;
      book.add(new Secret(value, `url:${name}`));
    }
  } catch {
    // Not a URL: the request fails on its own.
  }
  return carries;
}

/**
 * The last line of defence for the transport rule, whatever a check forgot: no request leaves
 * for a scheme other than http(s), and no key leaves over plain http:// to another machine.
 */
function transportRefusal(url: string, carriesKey: boolean): HttpResult | null {
  const verdict = checkTransport(url, 'the URL');
  if (verdict.ok || verdict.reason === 'not-a-url') return null;
  if (verdict.reason === 'plain-http' && !carriesKey) return null;
  return {
    ok: false,
    failure: {kind: 'other', code: INSECURE_TRANSPORT_CODE, message: verdict.line},
    durationMs: 0,
  };
}

function rememberProcess(book: SecretBook, request: ProcessRequest): void {
  for (const [name, value] of Object.entries(request.env ?? {}))
    if (value && SECRET_VARIABLE.test(name) && value.length >= 4)
      book.add(new Secret(value, `env:${name}`));
}

function gateFailure(failure: NetworkFailure, secrets: HeldSecrets): NetworkFailure {
  return {
    kind: failure.kind,
    code: failure.code === null ? null : gateField(failure.code, secrets),
    message: gateField(failure.message, secrets),
  };
}

export function gateHttpResult(result: HttpResult, held: HeldSecrets): HttpResult {
  const secrets = scrubberOf(held);
  if (!result.ok) return {...result, failure: gateFailure(result.failure, secrets)};
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.response.headers))
    headers[gateField(name, secrets).toLowerCase()] = gateField(value, secrets);
  return {
    ...result,
    response: {
      status: result.response.status,
      headers,
      body: gateBody(result.response.body, secrets),
    },
  };
}

export function gateProcessResult(result: ProcessResult, held: HeldSecrets): ProcessResult {
  const secrets = scrubberOf(held);
  return {
    ...result,
    stdout: gateBlock(result.stdout, secrets),
    stderr: gateBlock(result.stderr, secrets),
    ...(result.startError
      ? {
          startError: {
            code: gateField(result.startError.code, secrets),
            message: gateField(result.startError.message, secrets),
          },
        }
      : {}),
  };
}

function isGated(runner: Runner): runner is GatedRunner {
  return GATED in runner;
}

/**
 * The gated face of `runner`, which adds `secrets` to those it scrubs from then on. A runner
 * already gated is returned as it is; any other gets a new face with a book of its own, so the
 * keys one run held live as long as that run keeps its face, and no longer.
 */
export function gateRunner(runner: Runner, secrets: readonly (Secret | undefined)[] = []): Runner {
  const gated = isGated(runner) ? runner : gatedFace(runner);
  for (const secret of secrets) if (secret) gated[GATED].add(secret);
  return gated;
}

function gatedFace(inner: Runner): GatedRunner {
  const book = new SecretBook();
  const face: Runner = {
    clock: inner.clock,
    async run(request) {
      rememberProcess(book, request);
      const onLine = request.onLine;
      const result = await inner.run(
        onLine
          ? {...request, onLine: (line, stream) => onLine(gateField(line, book.scrubber), stream)}
          : request,
      );
      return gateProcessResult(result, book.scrubber);
    },
    async http(request) {
      const carriesKey = rememberHttp(book, request);
      const refusal = transportRefusal(request.url, carriesKey);
      if (refusal) return refusal;
      return gateHttpResult(await inner.http(request), book.scrubber);
    },
    which: (command) => inner.which(command),
    makeTempDir: (prefix) => inner.makeTempDir(prefix),
    // The editor's rows pass ungated: they hold key values that must reach paste forensics
    // intact, and a settings blob far longer than a field. core/editor gates what it keeps.
    ...(inner.readEditorStore
      ? {readEditorStore: (request) => inner.readEditorStore!(request)}
      : {}),
    ...(inner.editorStoreStamp
      ? {editorStoreStamp: (files) => inner.editorStoreStamp!(files)}
      : {}),
    // The credentials themselves must reach the signer intact; the SDK's words are outside
    // text like any other.
    ...(inner.awsProfileCredentials
      ? {
          awsProfileCredentials: async (request) => {
            const result = await inner.awsProfileCredentials!(request);
            return result.ok
              ? result
              : {...result, message: gateField(result.message, book.scrubber)};
          },
        }
      : {}),
    // A link goes to another program and into its history: one that holds a key this run has
    // carried, or anything the field gate would change, is never opened.
    ...(inner.openWithSystem
      ? {
          openWithSystem: async (url) =>
            gateField(url, book.scrubber) === url && inner.openWithSystem!(url),
        }
      : {}),
  };
  // Not enumerable: a copy made with `{...runner, http}` is not gated, so it is gated again.
  return Object.defineProperty(face, GATED, {value: book, enumerable: false}) as GatedRunner;
}
