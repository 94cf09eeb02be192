// `cursorkey-wizard doctor`: every automatic check, non-interactively, as a checklist or the
// contract's JSON; optionally the safe-to-share report. Returns the exit code; never exits.
//
// Exit codes: 0/1/3 from the verdict, 2 for usage (bad --report path, bad stdin), 130 on Ctrl+C.
// A report refused by the pre-share scan, or one that cannot be written, exits 1: the run asked
// for a file and did not get it, which is a problem found (the checklist or JSON still prints).
import {constants} from 'node:fs';
import {access, stat} from 'node:fs/promises';
import {dirname, resolve} from 'node:path';
import type {Runner} from '../core/runner.js';
import {Secret} from '../core/secrets.js';
import {statusLabel} from '../core/status-symbols.js';
import type {Env, StepDefinition} from '../core/step-model.js';
import {exitCodeOf} from '../core/verdict.js';
import {EXIT, type ExitCode, type Provider} from '../core/vocabulary.js';
import type {CommandIo} from '../commands/io.js';
import {readStdin} from '../commands/read-stdin.js';
import {reportFromRun} from '../report/report-from-run.js';
import {reportTargetProblem, writeReport} from '../report/write-report.js';
import {renderChecklist} from './checklist.js';
import {buildDoctorDocument, type DoctorDocument} from '../core/run/document.js';
import {knownSecrets} from '../core/known-secrets.js';
import type {RunRecord} from '../core/run/run-model.js';
import {runDoctor} from './run-doctor.js';

/** The `doctor` command line as the parser reads it, without what only the entry point uses. */
export interface DoctorCommand {
  json: boolean;
  report: string | null;
  timeoutMs: number;
  models: Partial<Record<Provider, string>>;
  noCompletion: boolean;
  verbose: boolean;
}

export interface DoctorDeps {
  io: CommandIo;
  env: Env;
  platform: string;
  runner: Runner;
  steps: readonly StepDefinition[];
  version: string;
  /**
   * Calls `cancel` on Ctrl+C, SIGTERM or SIGHUP, with the exit code that signal means (130
   * when none is given); returns the unsubscribe.
   */
  onInterrupt: (cancel: (code?: ExitCode) => void) => () => void;
  /** How long to wait for the first byte of a piped key before going on without one. */
  stdinWaitMs?: number;
}

const STDIN_KEY_MAX_BYTES = 64 * 1024;

async function reportPathProblem(path: string): Promise<string | null> {
  const full = resolve(path);
  try {
    if ((await stat(full)).isDirectory()) return `--report ${path} is a directory; name a file`;
  } catch {
    // Does not exist yet: fine, its folder must.
  }
  const target = await reportTargetProblem(full);
  if (target) return `--report ${target}`;
  try {
    await access(dirname(full), constants.W_OK);
    return null;
  } catch {
    return `--report ${path}: the folder does not exist or is not writable`;
  }
}

type StdinKey = {ok: true; key: Secret | undefined} | {ok: false; message: string};

/** One provider key piped on stdin (`pbpaste | cursorkey-wizard doctor`); never from argv. */
async function keyFromStdin(deps: DoctorDeps): Promise<StdinKey> {
  if (deps.io.stdin.isTTY) return {ok: true, key: undefined};
  const read = await readStdin(deps.io.stdin, {
    maxBytes: STDIN_KEY_MAX_BYTES,
    firstByteTimeoutMs: deps.stdinWaitMs ?? 500,
  });
  if (!read.ok) {
    return read.reason === 'too-large'
      ? {ok: false, message: 'stdin holds more than 64 KB; pipe exactly one provider key'}
      : {ok: true, key: undefined};
  }
  // One trailing newline is the pipe's, not the key's; anything else is for `key-paste` to judge.
  const value = read.text.replace(/\r?\n$/, '');
  if (value.trim() === '') return {ok: true, key: undefined};
  if (value.split(/\r?\n/).filter((line) => line.trim()).length > 1) {
    return {ok: false, message: 'stdin holds more than one line; pipe exactly one provider key'};
  }
  return {ok: true, key: new Secret(value, 'stdin')};
}

function progressWriter(deps: DoctorDeps) {
  if (!deps.io.stderr.isTTY) return {};
  const write = (line: string) => deps.io.stderr.write(`${line}\n`);
  return {
    onStepStart: (step: StepDefinition) => write(`  checking ${step.n} ${step.id}…`),
    onStepFinish: (outcome: RunRecord['outcomes'][number]) =>
      write(`  ${statusLabel(outcome.status)} ${outcome.step.n} ${outcome.step.id}`),
  };
}

async function writeRequestedReport(
  path: string,
  document: DoctorDocument,
  run: RunRecord,
  secrets: readonly Secret[],
  deps: DoctorDeps,
): Promise<ExitCode | null> {
  const prepared = reportFromRun(document, run, {mode: 'doctor', secrets});
  const written = await writeReport(path, prepared.text);
  deps.io.stderr.write(
    written.ok ? `Report written to ${path}\n` : `cursorkey-wizard: ${written.message}\n`,
  );
  if (written.ok) return null;
  return written.refused ? EXIT.usage : EXIT.problem;
}

export async function runDoctorCommand(
  command: DoctorCommand,
  deps: DoctorDeps,
): Promise<ExitCode> {
  const {io} = deps;
  if (command.report !== null) {
    const problem = await reportPathProblem(command.report);
    if (problem) {
      io.stderr.write(`cursorkey-wizard: ${problem}\n`);
      return EXIT.usage;
    }
  }
  const stdinKey = await keyFromStdin(deps);
  if (!stdinKey.ok) {
    io.stderr.write(`cursorkey-wizard: ${stdinKey.message}\n`);
    return EXIT.usage;
  }

  const controller = new AbortController();
  let cancelCode: ExitCode = EXIT.cancelled;
  const unsubscribe = deps.onInterrupt((code) => {
    if (!controller.signal.aborted) cancelCode = code ?? EXIT.cancelled;
    controller.abort();
  });
  let run: RunRecord;
  try {
    run = await runDoctor({
      steps: deps.steps,
      runner: deps.runner,
      env: deps.env,
      platform: deps.platform,
      timeoutMs: command.timeoutMs,
      models: command.models,
      noCompletion: command.noCompletion,
      ...(stdinKey.key ? {providerKey: stdinKey.key} : {}),
      signal: controller.signal,
      ...progressWriter(deps),
    });
  } finally {
    unsubscribe();
  }
  if (run.cancelled) {
    io.stderr.write('cursorkey-wizard: cancelled; nothing was written.\n');
    return cancelCode;
  }

  const secrets = knownSecrets(deps.env, [stdinKey.key]);
  const document = buildDoctorDocument(run, deps.version, deps.env, secrets);
  if (command.json) io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  else io.stdout.write(renderChecklist(document, run, {verbose: command.verbose, secrets}));

  if (command.report !== null) {
    const failed = await writeRequestedReport(command.report, document, run, secrets, deps);
    if (failed !== null) return failed;
  }
  return exitCodeOf(document.verdict.status);
}
