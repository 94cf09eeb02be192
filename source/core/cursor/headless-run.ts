// One short print-mode run (`agent -p`) with the key, as automation runs the CLI. Listing models
// proves the key is accepted; only a real run shows the refusals that come later (headless use
// turned off by an admin, a usage limit, a model the account may not use) and, in its first
// event, which credential the CLI really used. It is a billable agent request, so it runs only
// when completions are allowed.
import type {Diagnosis} from '../diagnosis.js';
import {scrub, type Secret} from '../secrets.js';
import type {CheckContext} from '../step-model.js';
import {cliEnv} from './cli-env.js';
import {diagnoseCursorOutput} from './cursor-errors.js';
import type {CursorCli} from './find-cli.js';
import type {IsolatedHome} from './isolated-home.js';
import {describeApiKeySource, readStreamInit} from './stream-init.js';
import {excerpt, stripAnsi} from './text.js';

export type HeadlessOutcome =
  | {kind: 'ran'; apiKeySource: string | null}
  | {kind: 'refused'; diagnosis: Diagnosis}
  | {kind: 'no-verdict'; why: string};

const PROMPT = 'Reply with the single word OK.';
export const HEADLESS_ARGS = ['-p', '--output-format', 'stream-json', '--trust', PROMPT] as const;

export async function runHeadless(
  cli: CursorCli,
  key: Secret,
  home: IsolatedHome,
  context: Pick<CheckContext, 'runner' | 'env' | 'signal' | 'timeoutMs' | 'progress'>,
  evidence: string[],
): Promise<HeadlessOutcome> {
  context.progress(`Running ${cli.name} -p (one short, billable agent request) with the key…`);
  const run = await context.runner.run({
    command: cli.path,
    args: HEADLESS_ARGS,
    env: cliEnv(context, {...home.env, CURSOR_API_KEY: key.reveal()}),
    cwd: home.path,
    timeoutMs: context.timeoutMs,
    signal: context.signal,
  });
  const init = readStreamInit(stripAnsi(run.stdout));
  const source = init?.apiKeySource ?? null;
  const said =
    run.exitCode === 0 ? '' : `: ${excerpt(scrub(run.stdout + '\n' + run.stderr, [key]))}`;
  evidence.push(
    `CURSOR_API_KEY=<${key.describe('cursor')}> ${cli.name} -p --output-format stream-json --trust "${PROMPT}" (temporary HOME) → exit ${run.exitCode ?? '-'}${run.timedOut ? ' (timed out)' : ''}${said}${source ? `; first event: apiKeySource ${source} (${describeApiKeySource(source)})` : ''}`,
  );
  if (run.cancelled) return {kind: 'no-verdict', why: 'cancelled'};
  if (run.startError) return {kind: 'no-verdict', why: 'did not start'};
  if (run.exitCode === 0) return {kind: 'ran', apiKeySource: source};
  if (run.timedOut) return {kind: 'no-verdict', why: `no answer within ${context.timeoutMs} ms`};
  const diagnosis = diagnoseCursorOutput(stripAnsi(run.stdout + '\n' + run.stderr));
  return diagnosis ? {kind: 'refused', diagnosis} : {kind: 'no-verdict', why: 'an unknown error'};
}
