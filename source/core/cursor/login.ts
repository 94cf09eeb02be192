// Step 3's actions: `agent login` (optionally after `agent logout`), streamed into the step view.
// The CLI polls for the browser for up to ~24 minutes, so login has its own, longer bound.
import {scrub} from '../secrets.js';
import type {CheckContext, CheckResult, StepAction} from '../step-model.js';
import {cliEnv} from './cli-env.js';
import {diagnoseCursorError} from './cursor-errors.js';
import {cliFromFactsOrLookup, cliUnavailableResult, type CursorCli} from './find-cli.js';
import {readCliStatus, statusResult} from './status-check.js';
import {excerpt, maskEmail, sameEmail, stripAnsi} from './text.js';

/** A little above the CLI's own ~24 minutes of polling, so the CLI reports its own timeout. */
export const LOGIN_TIMEOUT_MS = 25 * 60 * 1000;

type Mode = 'login' | 'relogin' | 'link';

/** Over SSH or a screen share a browser on this machine is useless or unseen. */
export function shouldPrintLink(
  context: Pick<CheckContext, 'env' | 'options'>,
  mode: Mode,
): boolean {
  return (
    mode === 'link' ||
    context.options.share ||
    Boolean(context.env.SSH_CONNECTION || context.env.SSH_TTY || context.env.SSH_CLIENT)
  );
}

/** Splits a line so that a URL stands on its own line, where the terminal can make it a link. */
export function progressLines(raw: string): string[] {
  const line = stripAnsi(raw).trimEnd();
  if (!line.trim()) return [];
  const url = /https?:\/\/\S+/.exec(line);
  if (!url) return [line.trim()];
  const before = line.slice(0, url.index).trim();
  const after = line.slice(url.index + url[0].length).trim();
  return [before, url[0], after].filter(Boolean);
}

async function runCli(
  context: CheckContext,
  cli: CursorCli,
  args: string[],
  extraEnv: Record<string, string>,
  timeoutMs: number,
) {
  const seen: string[] = [];
  const run = await context.runner.run({
    command: cli.path,
    args,
    env: cliEnv(context, extraEnv),
    timeoutMs,
    signal: context.signal,
    onLine: (line) => {
      for (const part of progressLines(line)) {
        // Failed saves print the token itself (reference §3.7): scrub before it reaches the screen.
        const safe = scrub(part);
        seen.push(safe);
        context.progress(safe);
      }
    },
  });
  return {run, seen};
}

/** Runs the flow and says what it changed on the machine, whatever the verdict. */
async function loginFlow(context: CheckContext, mode: Mode): Promise<CheckResult> {
  const changes: string[] = [];
  const result = await loginSteps(context, mode, changes);
  return changes.length > 0
    ? {...result, changes: [...(result.changes ?? []), ...changes]}
    : result;
}

async function loginSteps(
  context: CheckContext,
  mode: Mode,
  changes: string[],
): Promise<CheckResult> {
  const lookup = await cliFromFactsOrLookup(context);
  if (lookup.kind !== 'found') return cliUnavailableResult(lookup, context.platform);
  const {cli} = lookup;
  const expected = mode === 'login' ? (context.facts.cliAccountEmail ?? null) : null;
  const evidence: string[] = [];

  if (mode === 'relogin') {
    context.progress(`$ ${cli.name} logout`);
    const {run} = await runCli(context, cli, ['logout'], {}, context.timeoutMs);
    evidence.push(
      `${cli.name} logout → exit ${run.exitCode ?? '-'}: ${excerpt(scrub(run.stdout + '\n' + run.stderr)) || 'no output'}`,
    );
    if (run.exitCode === 0) changes.push(`\`${cli.name} logout\` removed the CLI's stored login`);
    if (run.cancelled) return cancelled(evidence);
    if (run.exitCode !== 0) {
      return {
        status: 'fail',
        summary: `\`${cli.name} logout\` failed`,
        evidence,
        layer: 'cursor-account',
        fix: {summary: 'Run `agent logout` by hand and read the error; then `agent login`'},
      };
    }
  }

  const printLink = shouldPrintLink(context, mode);
  const env: Record<string, string> = printLink ? {NO_OPEN_BROWSER: '1'} : {};
  context.progress(`$ ${printLink ? 'NO_OPEN_BROWSER=1 ' : ''}${cli.name} login`);
  context.progress(
    printLink
      ? 'Open the link below in any browser and sign in; Esc cancels.'
      : 'A browser window will open; sign in there. Esc cancels.',
  );
  const {run, seen} = await runCli(context, cli, ['login'], env, LOGIN_TIMEOUT_MS);
  const output = run.stdout + '\n' + run.stderr;
  evidence.push(
    `${printLink ? 'NO_OPEN_BROWSER=1 ' : ''}${cli.name} login → exit ${run.exitCode ?? '-'}${run.timedOut ? ' (timed out)' : ''}`,
  );
  if (run.exitCode === 0) changes.push(`\`${cli.name} login\` stored new credentials`);
  if (run.cancelled) return cancelled(evidence);
  if (run.timedOut) {
    return {
      status: 'fail',
      summary: `\`${cli.name} login\` did not finish within ${LOGIN_TIMEOUT_MS / 60000} minutes`,
      evidence,
      layer: 'cursor-account',
      fix: {
        summary:
          'Start the login again and finish the browser step sooner; over SSH choose "print the link"',
      },
    };
  }
  if (run.exitCode !== 0) {
    const known = diagnoseCursorError(output);
    evidence.push(...seen.slice(-3));
    return {
      status: 'fail',
      summary: `\`${cli.name} login\` failed: ${lastLine(run.stderr) || lastLine(run.stdout) || `exit ${run.exitCode ?? '-'}`}`,
      evidence,
      layer: known?.layer ?? 'cursor-account',
      fix: {summary: known?.action ?? 'Run `agent login` by hand and read the error'},
    };
  }

  // The login's own "✓ Logged in" is not trusted: the status the other steps read decides.
  context.progress(`$ ${cli.name} status`);
  const status = await readCliStatus(context);
  if (status.kind === 'no-cli') return status.result;
  const after = await statusResult(context, status.reading);
  const email = status.reading.auth.state === 'logged-in' ? status.reading.auth.email : null;
  const withEvidence = {...after, evidence: [...evidence, ...after.evidence]};
  if (after.status !== 'pass') {
    return {
      ...withEvidence,
      status: 'fail',
      summary: `Login finished, but \`${cli.name} status\` still does not report an account`,
    };
  }
  if (expected && !sameEmail(email, expected)) {
    return {
      ...withEvidence,
      status: 'fail',
      summary: `Logged in as ${email ? maskEmail(email) : 'another account'}, not ${maskEmail(expected)} as before`,
      layer: 'cursor-account',
      fix: {summary: 'Choose "Log out, then log in" and sign in with the expected account'},
    };
  }
  return {...withEvidence, summary: `Login complete: ${after.summary}`};
}

/** The CLI's verdict comes last; the lines before it are progress. */
function lastLine(text: string): string {
  const lines = stripAnsi(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return scrub(lines.at(-1) ?? '').slice(0, 160);
}

function cancelled(evidence: string[]): CheckResult {
  return {
    status: 'unknown',
    summary: 'Login cancelled; the CLI was stopped',
    evidence,
    layer: null,
    fix: {summary: 'Choose a login action again when ready'},
  };
}

export const LOGIN_ACTIONS: readonly StepAction[] = [
  {
    id: 'login',
    label: 'Log in (agent login)',
    notice:
      'A browser opens for the Cursor sign-in (over SSH or screen share the link is printed instead).',
    run: (context) => loginFlow(context, 'login'),
  },
  {
    id: 'relogin',
    label: 'Log out, then log in (wrong or stale account)',
    notice: "This removes the CLI's stored login first, then opens the Cursor sign-in.",
    run: (context) => loginFlow(context, 'relogin'),
  },
  {
    id: 'login-link',
    label: 'Log in, printing the link instead of opening a browser',
    notice: 'Open the printed link in any browser, on any machine.',
    run: (context) => loginFlow(context, 'link'),
  },
];
