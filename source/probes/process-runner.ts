// The only module that starts the checks' child processes. It never rejects, always times out,
// kills the child's whole process group on cancel, and never lets a child read the wizard's stdin.
import {execa} from 'execa';
import type {Clock, ProcessRequest, ProcessResult} from '../core/runner.js';
import {type ChildTrees, signalTree as killTree} from './children.js';

/** Output kept per stream; a CLI that floods stdout cannot exhaust memory. */
const MAX_OUTPUT_BYTES = 1_000_000;
const groupKill = process.platform !== 'win32';

function childEnv(extra: ProcessRequest['env']): Record<string, string> {
  const env: Record<string, string | undefined> = {...process.env, ...extra};
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) clean[name] = value;
  return clean;
}

function lineSplitter(emit: (line: string) => void) {
  let pending = '';
  return {
    push(chunk: string) {
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) emit(line);
    },
    flush() {
      if (pending) emit(pending);
      pending = '';
    },
  };
}

export interface ProcessRunnerOptions {
  clock: Clock;
  /** Every child is tracked here, so the run can end its tree on the way out. */
  children: ChildTrees;
  /** After SIGTERM (a timeout or a cancel), a child gets this long to exit before SIGKILL. */
  killGraceMs: number;
}

export function createProcessRunner(
  options: ProcessRunnerOptions,
): (request: ProcessRequest) => Promise<ProcessResult> {
  return (request) => runProcess(request, options);
}

async function runProcess(
  request: ProcessRequest,
  {clock, children, killGraceMs}: ProcessRunnerOptions,
): Promise<ProcessResult> {
  const started = clock.now();
  const base = {command: request.command, args: request.args};
  if (request.signal?.aborted) {
    return {
      ...base,
      exitCode: null,
      stdout: '',
      stderr: '',
      timedOut: false,
      cancelled: true,
      durationMs: 0,
    };
  }

  let timedOut = false;
  let cancelled = false;
  let child: ReturnType<typeof execa> | undefined;
  let forceKill: NodeJS.Timeout | undefined;

  const stop = (why: 'timeout' | 'cancel') => {
    if (why === 'timeout') timedOut = true;
    else cancelled = true;
    killTree(child?.pid, 'SIGTERM');
    forceKill ??= setTimeout(() => killTree(child?.pid, 'SIGKILL'), killGraceMs);
    forceKill.unref();
  };
  const onAbort = () => stop('cancel');
  const timer = setTimeout(() => stop('timeout'), request.timeoutMs);
  request.signal?.addEventListener('abort', onAbort, {once: true});

  try {
    child = execa(request.command, [...request.args], {
      env: childEnv(request.env),
      extendEnv: false,
      cwd: request.cwd,
      stdin: 'ignore',
      reject: false,
      detached: groupKill,
      maxBuffer: MAX_OUTPUT_BYTES,
      stripFinalNewline: false,
      windowsHide: true,
    });
    children.track(child.pid);
    if (request.onLine) {
      const onLine = request.onLine;
      const out = lineSplitter((line) => onLine(line, 'stdout'));
      const err = lineSplitter((line) => onLine(line, 'stderr'));
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => out.push(chunk));
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => err.push(chunk));
      child.stdout?.on('end', () => out.flush());
      child.stderr?.on('end', () => err.flush());
    }
    const result = await child;
    const startCode = (result as {code?: string}).code;
    const failedToStart =
      result.failed && result.exitCode === undefined && !timedOut && !cancelled && !result.signal;
    return {
      ...base,
      exitCode: result.exitCode ?? null,
      stdout: String(result.stdout ?? ''),
      stderr: String(result.stderr ?? ''),
      timedOut,
      cancelled,
      ...(failedToStart
        ? {
            startError: {
              code: startCode ?? 'ESPAWN',
              message: result.shortMessage ?? 'could not start',
            },
          }
        : {}),
      durationMs: clock.now() - started,
    };
  } catch (error) {
    // execa with reject:false should not throw; this guards the promise the runner makes.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      exitCode: null,
      stdout: '',
      stderr: message,
      timedOut,
      cancelled,
      startError: {code: (error as {code?: string}).code ?? 'ESPAWN', message},
      durationMs: clock.now() - started,
    };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
    children.settled(child?.pid);
  }
}
