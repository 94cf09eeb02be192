// Tries a Cursor user key the way automation uses it: the CLI with CURSOR_API_KEY in its
// environment (never argv, which `ps` shows) and a throw-away HOME, so a successful exchange
// cannot overwrite the person's stored login.
import type {Diagnosis} from '../diagnosis.js';
import type {ProcessResult} from '../runner.js';
import {scrub, type Secret} from '../secrets.js';
import type {CheckContext} from '../step-model.js';
import {cliEnv} from './cli-env.js';
import {diagnoseCursorOutput} from './cursor-errors.js';
import type {CursorCli} from './find-cli.js';
import {runHeadless, type HeadlessOutcome} from './headless-run.js';
import {makeIsolatedHome} from './isolated-home.js';
import {excerpt, stripAnsi} from './text.js';

export type CliKeyOutcome =
  | {kind: 'accepted'; models: number}
  | {kind: 'no-models'}
  | {kind: 'invalid'}
  | {kind: 'error'; diagnosis: Diagnosis | null}
  | {kind: 'unsupported'}
  | {kind: 'timeout'}
  | {kind: 'cancelled'}
  | {kind: 'no-start'};

export interface CliKeyTest {
  outcome: CliKeyOutcome;
  /** The print-mode run after an accepted key; null when it was not run. */
  headless: HeadlessOutcome | null;
  evidence: string[];
}

const UNKNOWN_ARGUMENT = /unknown (?:option|command)|too many arguments/i;

/**
 * Before 2026 there was no `models` command, and an unknown word is taken as a prompt (a billable
 * agent run), so old builds are only ever asked `--list-models`, which they reject harmlessly.
 */
function attempts(cli: CursorCli): string[][] {
  const year = Number(cli.version.slice(0, 4));
  return year >= 2026 ? [['models'], ['--list-models']] : [['--list-models']];
}

/**
 * 2026 builds print `<id> - <Display Name>` lines between a heading and a `Tip:` line; older
 * ones printed bare ids under `Available models:`.
 */
function countModels(stdout: string): number {
  const lines = stripAnsi(stdout)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const named = lines.filter((line) => / - /.test(line) && !/^tip\b/i.test(line));
  if (named.length > 0) return named.length;
  return lines.filter((line) => !/^(available models|models)\b.*:?$|^tip\b/i.test(line)).length;
}

function classify(run: ProcessResult): CliKeyOutcome | 'retry' {
  if (run.cancelled) return {kind: 'cancelled'};
  if (run.startError) return {kind: 'no-start'};
  if (run.timedOut) return {kind: 'timeout'};
  const text = stripAnsi(run.stdout + '\n' + run.stderr);
  if (/The provided API key is invalid/i.test(text)) return {kind: 'invalid'};
  if (UNKNOWN_ARGUMENT.test(text) && run.exitCode !== 0) return 'retry';
  if (/No models available/i.test(text)) return {kind: 'no-models'};
  if (run.exitCode === 0) return {kind: 'accepted', models: countModels(run.stdout)};
  return {kind: 'error', diagnosis: diagnoseCursorOutput(text)};
}

export async function testKeyWithCli(
  cli: CursorCli,
  key: Secret,
  context: Pick<CheckContext, 'runner' | 'env' | 'signal' | 'timeoutMs' | 'progress' | 'options'>,
): Promise<CliKeyTest> {
  const evidence: string[] = [];
  const home = await makeIsolatedHome(context.runner);
  try {
    for (const args of attempts(cli)) {
      const shown = `${cli.name} ${args.join(' ')}`;
      context.progress(`Running ${shown} with the key in CURSOR_API_KEY and a temporary HOME…`);
      const run = await context.runner.run({
        command: cli.path,
        args,
        env: cliEnv(context, {...home.env, CURSOR_API_KEY: key.reveal()}),
        timeoutMs: context.timeoutMs,
        signal: context.signal,
      });
      const said = excerpt(scrub(run.stdout + '\n' + run.stderr, [key])) || 'no output';
      evidence.push(
        `CURSOR_API_KEY=<${key.describe('cursor')}> ${shown} (temporary HOME) → exit ${run.exitCode ?? '-'}: ${said}`,
      );
      const outcome = classify(run);
      if (outcome === 'retry') continue;
      // `models` exists only on builds that also know `--trust` and stream-json.
      const headless =
        outcome.kind === 'accepted' && args[0] === 'models' && !context.options.noCompletion
          ? await runHeadless(cli, key, home, context, evidence)
          : null;
      return {outcome, headless, evidence};
    }
    return {outcome: {kind: 'unsupported'}, headless: null, evidence};
  } finally {
    await home.dispose();
  }
}
