// The port through which every side effect happens. Core code and checks see only these types;
// source/probes/ implements them. A runner never rejects: every failure is data.
import type {EditorStoreRequest, EditorStoreResult} from './editor/store.js';

export type OutputStream = 'stdout' | 'stderr';

export interface ProcessRequest {
  command: string;
  args: readonly string[];
  /**
   * Extra variables for the child, merged over the parent's environment. A value of `undefined`
   * removes the variable. Secrets travel here, never in `args`.
   */
  env?: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Called with each complete line as it arrives, for live progress. */
  onLine?: (line: string, stream: OutputStream) => void;
}

export interface ProcessResult {
  command: string;
  args: readonly string[];
  /** null when the child never started or was killed by a signal. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  cancelled: boolean;
  /** Set when the child could not be started at all (ENOENT, EACCES, …). */
  startError?: {code: string; message: string};
  durationMs: number;
}

export type HttpMethod = 'GET' | 'POST';

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  headers?: Readonly<Record<string, string>>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export type NetworkFailureKind =
  'timeout' | 'cancelled' | 'dns' | 'refused' | 'reset' | 'tls' | 'proxy' | 'other';

export interface NetworkFailure {
  kind: NetworkFailureKind;
  /** The deepest error code found (ENOTFOUND, SELF_SIGNED_CERT_IN_CHAIN, UND_ERR_…). */
  code: string | null;
  message: string;
}

export interface HttpResponse {
  status: number;
  /** Header names are lower-case. */
  headers: Readonly<Record<string, string>>;
  body: string;
}

export type HttpResult =
  | {ok: true; response: HttpResponse; durationMs: number}
  | {ok: false; failure: NetworkFailure; durationMs: number};

export interface TempDir {
  path: string;
  /** Removes the directory and everything in it; never throws. */
  dispose(): Promise<void>;
}

export interface AwsProfileRequest {
  profile: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Credentials from a named AWS profile (or its SSO session), or why there are none. */
export type AwsProfileResult =
  | {ok: true; accessKeyId: string; secretAccessKey: string; sessionToken: string | null}
  | {ok: false; reason: 'no-sdk' | 'no-credentials' | 'timeout' | 'cancelled'; message: string};

/** Time as a run sees it: the real clock in the shipped tool, one a test moves in its tests. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Ends after `ms`, or at once and without an error when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface Runner {
  clock: Clock;
  run(request: ProcessRequest): Promise<ProcessResult>;
  http(request: HttpRequest): Promise<HttpResult>;
  /** Resolves a command name on PATH to an absolute path, or null. */
  which(command: string): Promise<string | null>;
  /** A private directory for isolating a child from the user's real credentials. */
  makeTempDir(prefix: string): Promise<TempDir>;
  /**
   * Reads chosen rows of the Cursor editor's state database, strictly read-only. Optional: a
   * runner without it makes every editor fact unknown, and the steps keep their fallbacks.
   */
  readEditorStore?(request: EditorStoreRequest): Promise<EditorStoreResult>;
  /**
   * The size, modification time and header of the first of `files` that exists and of its
   * `-wal`, as one opaque string: equal stamps mean the same saved state. Optional: without it every
   * inspection reads the database again.
   */
  editorStoreStamp?(files: readonly string[]): Promise<string>;
  /**
   * Resolves a named AWS profile through the AWS SDK's own chain (files, SSO cache, STS), with
   * the request's timeout and cancel. Optional: without it a profile gives no credentials.
   */
  awsProfileCredentials?(request: AwsProfileRequest): Promise<AwsProfileResult>;
  /**
   * Opens an http(s) link with the platform's opener, for the person to read; true when the
   * opener reported success. What it starts outlives the run. Optional: without it nothing opens.
   */
  openWithSystem?(url: string): Promise<boolean>;
}
